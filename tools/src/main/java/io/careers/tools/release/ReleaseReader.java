package io.careers.tools.release;

import io.careers.contracts.salary.WageEstimate;
import io.careers.tools.cli.Table;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads every table of a publisher run into one release: the estimates of all files together, a
 * key found again with the same figures sent once, and with other figures a problem. A file whose
 * name gives another year than the release's period is refused before anything is read.
 */
final class ReleaseReader {
    private ReleaseReader() {
    }

    /**
     * @param estimates every estimate of the run by key, in file order
     * @param problems  what cannot be published, each naming its file and line
     * @param summaries a line per file: its kind and counts
     * @param repeated  estimates found again in another file with the same figures
     */
    record Release(Map<String, WageEstimate> estimates, List<String> problems, List<String> summaries, int repeated) {
    }

    /**
     * @param sources         the tables
     * @param releaseId       the release
     * @param referencePeriod its {@code YYYY-MM}
     * @param socVersion      SOC version of the codes
     * @param revision        0, or higher for a correction
     * @return the release
     * @throws IOException when a table cannot be read
     */
    static Release read(List<ReleaseSources.Source> sources, String releaseId, String referencePeriod, String socVersion,
                        int revision) throws IOException {
        Map<String, WageEstimate> estimates = new LinkedHashMap<>();
        Map<String, String> whereFound = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        List<String> summaries = new ArrayList<>();
        int repeated = 0;
        for (ReleaseSources.Source source : sources) {
            String year = OewsFileKind.yearOfName(source.fileName()).orElse(null);
            if (year != null && !referencePeriod.startsWith(year)) {
                problems.add(source.name() + ": its name says the May " + year + " release, not --period " + referencePeriod
                    + "; publish it with --period " + year + "-05, or name the right file");
                continue;
            }
            OewsFileKind kind = OewsFileKind.ofName(source.fileName()).orElse(OewsFileKind.ALL_DATA);
            Table table = Table.read(source.file(), "OCC_CODE");
            if (source.archive() && table.column("OCC_CODE") < 0) {
                summaries.add(source.name() + ": no OCC_CODE column, not an estimates table; passed over");
                continue;
            }
            OewsFile.Parsed parsed = OewsFile.parse(table, kind, releaseId, referencePeriod, socVersion, revision);
            parsed.problems().forEach(p -> problems.add(source.name() + ": " + p));
            int added = 0;
            for (OewsFile.Line line : parsed.estimates().values()) {
                String key = line.estimate().key();
                String here = source.name() + " line " + line.line();
                WageEstimate earlier = estimates.get(key);
                if (earlier == null) {
                    estimates.put(key, line.estimate());
                    whereFound.put(key, here);
                    added++;
                } else if (earlier.equals(line.estimate())) {
                    repeated++;
                } else {
                    problems.add(here + ": area " + line.estimate().area().code() + " and occupation "
                        + line.estimate().occupation().code() + " have other figures in " + whereFound.get(key));
                }
            }
            summaries.add(String.format("%s (%s): %,d estimates, %,d rows of other industries, ownerships or groups "
                    + "skipped, %,d footnote rows, %,d bad rows", source.name(), kind.name().toLowerCase().replace('_', ' '),
                added, parsed.skipped(), parsed.notes(), parsed.problems().stream().map(RowProblem::line).distinct().count()));
        }
        return new Release(estimates, problems, summaries, repeated);
    }
}
