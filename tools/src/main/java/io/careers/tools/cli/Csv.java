package io.careers.tools.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file (RFC 4180: quoted fields, doubled quotes, commas and line breaks inside quotes), read
 * record by record, each numbered by the line it starts on.
 */
final class Csv implements Rows {
    private final BufferedReader in;
    private int line = 1;

    private Csv(BufferedReader in) {
        this.in = in;
    }

    static Rows open(Path file) throws IOException {
        return new Csv(Files.newBufferedReader(file, StandardCharsets.UTF_8));
    }

    @Override
    public Table.Record next() throws IOException {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int start = line;
        int c;
        while ((c = in.read()) != -1) {
            char ch = (char) c;
            if (quoted) {
                if (ch == '"') {
                    in.mark(1);
                    int next = in.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        if (next != -1) {
                            in.reset();
                        }
                    }
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    field.append(ch);
                }
                continue;
            }
            switch (ch) {
                case '"' -> {
                    quoted = true;
                    any = true;
                }
                case ',' -> {
                    fields.add(field.toString());
                    field.setLength(0);
                    any = true;
                }
                case '\r' -> {
                }
                case '\n' -> {
                    line++;
                    if (any || field.length() > 0) {
                        fields.add(field.toString());
                        return new Table.Record(start, List.copyOf(fields));
                    }
                    // A blank line: the next record starts after it.
                    start = line;
                }
                default -> {
                    field.append(ch);
                    any = true;
                }
            }
        }
        if (any || field.length() > 0) {
            fields.add(field.toString());
            return new Table.Record(start, List.copyOf(fields));
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
