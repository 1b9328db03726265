package io.careers.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What each fault cost, counted through public APIs and output topics: written to
 * {@code target/fault-ledger.md} for {@code docs/reliability.md}.
 */
final class Ledger {
    /**
     * @param fault      what was done
     * @param sent       records or requests sent around it
     * @param held       of those, what the platform holds afterwards
     * @param duplicated effects applied or published twice
     * @param recovery   from the fault's end (or the crash) to normal service
     * @param note       what else was measured
     */
    record Entry(String fault, long sent, long held, long duplicated, Duration recovery, String note) {
        long lost() {
            return sent - held;
        }
    }

    private final List<Entry> entries = new ArrayList<>();

    synchronized void add(Entry entry) {
        entries.add(entry);
        System.out.println("LEDGER " + row(entry));
    }

    synchronized void write(Path file) throws IOException {
        StringBuilder table = new StringBuilder("| fault | sent | held | lost | duplicated | recovery | measured |\n")
            .append("|---|---:|---:|---:|---:|---:|---|\n");
        entries.forEach(entry -> table.append(row(entry)).append('\n'));
        Files.createDirectories(file.getParent());
        Files.writeString(file, table.toString());
    }

    private static String row(Entry e) {
        return String.format(Locale.ROOT, "| %s | %,d | %,d | %,d | %,d | %.1f s | %s |", e.fault(), e.sent(), e.held(),
            e.lost(), e.duplicated(), e.recovery().toMillis() / 1000.0, e.note());
    }
}
