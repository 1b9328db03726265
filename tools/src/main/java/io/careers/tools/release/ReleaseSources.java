package io.careers.tools.release;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * The tables a publisher run reads: each file as given, and the tables inside each zip archive as
 * BLS ships them ({@code oesm23all.zip} holds {@code all_data_M_2023.xlsx} beside
 * {@code field_descriptions.xlsx}). Entries that are not tables are passed over and reported.
 */
final class ReleaseSources {
    /** An entry larger than this is not a BLS table: refuse it rather than fill the disk. */
    private static final long MAX_ENTRY_BYTES = 2L << 30;

    /**
     * @param name    where it came from, for messages: the file, or {@code archive.zip!entry}
     * @param file    a readable file
     * @param archive whether it came out of a zip archive (one without OEWS columns is then passed over)
     */
    record Source(String name, Path file, boolean archive) {
        /** @return the name of the file itself, which says its kind and year */
        String fileName() {
            int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('!'));
            return name.substring(slash + 1);
        }
    }

    /**
     * @param sources what was found
     * @param passed  archive entries passed over, with why
     */
    record Found(List<Source> sources, List<String> passed) {
    }

    private ReleaseSources() {
    }

    /**
     * @param files   the files named on the command line
     * @param scratch a folder for the tables taken out of archives
     * @return the tables to read
     * @throws IOException when a file is missing or an archive is not a readable zip
     */
    static Found of(List<Path> files, Path scratch) throws IOException {
        List<Source> sources = new ArrayList<>();
        List<String> passed = new ArrayList<>();
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new IOException(file + ": no such file");
            }
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
                unzip(file, scratch, sources, passed);
            } else {
                sources.add(new Source(file.toString(), file, false));
            }
        }
        return new Found(sources, passed);
    }

    private static void unzip(Path archive, Path scratch, List<Source> sources, List<String> passed) throws IOException {
        int before = sources.size();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(archive))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                String name = entry.getName();
                String lower = name.toLowerCase(Locale.ROOT);
                if (entry.isDirectory() || lower.contains("__macosx/")) {
                    continue;
                }
                if (!(lower.endsWith(".csv") || lower.endsWith(".xlsx") || lower.endsWith(".xls"))) {
                    passed.add(archive.getFileName() + "!" + name + ": not a table (CSV, XLSX or XLS)");
                    continue;
                }
                // Only the entry's own name is used, so that no entry can write outside the scratch folder.
                String own = name.substring(name.lastIndexOf('/') + 1);
                Path target = Files.createTempFile(scratch, "entry-", "-" + own);
                copy(zip, target, archive.getFileName() + "!" + name);
                sources.add(new Source(archive.getFileName() + "!" + name, target, true));
            }
        } catch (ZipException e) {
            throw new IOException(archive + " is not a readable zip archive: " + e.getMessage(), e);
        }
        if (sources.size() == before) {
            throw new IOException(archive + " holds no table (CSV, XLSX or XLS)"
                + (passed.isEmpty() ? "" : "; it holds " + passed));
        }
    }

    private static void copy(InputStream in, Path target, String name) throws IOException {
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        try (OutputStream out = Files.newOutputStream(target)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > MAX_ENTRY_BYTES) {
                    throw new IOException(name + " is larger than " + (MAX_ENTRY_BYTES >> 30) + " GiB: not a BLS table");
                }
                out.write(buffer, 0, n);
            }
        }
    }
}
