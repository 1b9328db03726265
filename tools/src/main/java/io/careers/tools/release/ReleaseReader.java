package io.careers.tools.release;

import io.careers.tools.cli.Table;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * Reads every table of a publisher run into one release: the estimates of all files together, a
 * key found again with the same figures sent once, and with other figures a problem. A file whose
 * name gives another year than the release's period is refused before anything is read.
 *
 * <p>A file is read as a stream: while this thread parses the next rows, the checking threads check
 * the rows before them, chunk by chunk, and the results are merged in file order. Only each
 * estimate's JSON is kept, never the rows' text, so a 400,000-row workbook needs a few hundred
 * megabytes rather than gigabytes.
 */
final class ReleaseReader {
    /** Rows checked as one task: large enough to outweigh handing it over, small enough to keep both cores busy. */
    private static final int CHUNK = 2_000;

    private ReleaseReader() {
    }

    /**
     * @param key  its Kafka key
     * @param json the estimate as sent
     */
    record Estimate(String key, String json) {
    }

    /**
     * @param estimates every estimate of the run, once, in file order
     * @param problems  what cannot be published, each naming its file and line
     * @param summaries a line per file: its kind and counts
     * @param repeated  estimates found again in another file with the same figures
     */
    record Release(List<Estimate> estimates, List<String> problems, List<String> summaries, int repeated) {
    }

    /**
     * @param sources the tables
     * @param release what every estimate shares
     * @return the release
     * @throws IOException when a table cannot be read
     */
    static Release read(List<ReleaseSources.Source> sources, OewsFile.Release release) throws IOException {
        return read(sources, release, rows -> {
        });
    }

    /**
     * @param sources  the tables
     * @param release  what every estimate shares
     * @param rowsRead told how many more rows were read, as they are
     * @return the release
     * @throws IOException when a table cannot be read
     */
    static Release read(List<ReleaseSources.Source> sources, OewsFile.Release release, IntConsumer rowsRead)
        throws IOException {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService checkers = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "check-rows");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Run run = new Run(release, checkers, threads * 2, rowsRead);
            for (ReleaseSources.Source source : sources) {
                run.read(source);
            }
            return new Release(run.estimates, run.problems, run.summaries, run.byKey.counts().repeated());
        } finally {
            checkers.shutdownNow();
        }
    }

    /** What a run has read so far. */
    private static final class Run {
        private final OewsFile.Release release;
        private final ExecutorService checkers;
        private final int maxChunksInFlight;
        private final IntConsumer rowsRead;
        private final EstimateMerge byKey = new EstimateMerge();
        private final List<Estimate> estimates = new ArrayList<>();
        private final List<String> problems = new ArrayList<>();
        private final List<String> summaries = new ArrayList<>();

        Run(OewsFile.Release release, ExecutorService checkers, int maxChunksInFlight, IntConsumer rowsRead) {
            this.release = release;
            this.checkers = checkers;
            this.maxChunksInFlight = maxChunksInFlight;
            this.rowsRead = rowsRead;
        }

        void read(ReleaseSources.Source source) throws IOException {
            String year = OewsFileKind.yearOfName(source.fileName()).orElse(null);
            if (year != null && !release.referencePeriod().startsWith(year)) {
                problems.add(source.name() + ": its name says the May " + year + " release, not --period "
                    + release.referencePeriod() + "; publish it with --period " + year + "-05, or name the right file");
                return;
            }
            OewsFileKind kind = OewsFileKind.ofName(source.fileName()).orElse(OewsFileKind.ALL_DATA);
            try (Table table = Table.open(source.file(), "OCC_CODE")) {
                if (source.archive() && table.column("OCC_CODE") < 0) {
                    summaries.add(source.name() + ": no OCC_CODE column, not an estimates table; passed over");
                    return;
                }
                List<RowProblem> fileProblems = new ArrayList<>();
                int added = estimates.size();
                EstimateMerge.Counts before = byKey.counts();
                OewsColumns columns = OewsColumns.of(table, kind);
                RowProblem missing = OewsFile.missingColumns(table, columns, kind);
                if (missing != null) {
                    fileProblems.add(missing);
                } else {
                    checkAndMerge(source, table, columns, fileProblems);
                }
                fileProblems.forEach(p -> problems.add(source.name() + ": " + p));
                summaries.add(String.format("%s (%s): %,d estimates, %,d rows of other industries, ownerships or groups "
                        + "skipped, %,d footnote rows, %,d bad rows", source.name(), kind.name().toLowerCase().replace('_', ' '),
                    estimates.size() - added, byKey.counts().skipped() - before.skipped(), byKey.counts().notes() - before.notes(),
                    fileProblems.stream().map(RowProblem::line).distinct().count()));
            }
        }

        private void checkAndMerge(ReleaseSources.Source source, Table table, OewsColumns columns,
                                   List<RowProblem> fileProblems) throws IOException {
            Deque<Future<List<OewsFile.Row>>> inFlight = new ArrayDeque<>();
            List<Table.Record> chunk;
            while (!(chunk = table.nextRecords(CHUNK)).isEmpty()) {
                List<Table.Record> records = chunk;
                rowsRead.accept(records.size());
                inFlight.add(checkers.submit(() -> OewsFile.check(table, columns, records, release)));
                while (inFlight.size() >= maxChunksInFlight) {
                    merge(source, inFlight.removeFirst(), fileProblems);
                }
            }
            while (!inFlight.isEmpty()) {
                merge(source, inFlight.removeFirst(), fileProblems);
            }
        }

        private void merge(ReleaseSources.Source source, Future<List<OewsFile.Row>> checked, List<RowProblem> fileProblems)
            throws IOException {
            for (OewsFile.Row row : result(checked)) {
                if (byKey.add(source.name(), row, fileProblems)) {
                    estimates.add(new Estimate(row.estimate().key(), row.json()));
                }
            }
        }

        private static List<OewsFile.Row> result(Future<List<OewsFile.Row>> checked) throws IOException {
            try {
                return checked.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while checking the rows", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IOException(e.getCause());
            }
        }
    }
}
