package io.careers.tools.release;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps one estimate per key over all the files of a publisher run, in the order the rows come. A
 * key found again in the same file is a problem; in another file with the same figures it is
 * counted as repeated and sent once; with other figures it is a problem. Only the first of a key is
 * kept (its file, line and JSON), never the rows' text.
 */
final class EstimateMerge {
    private final Map<String, Seen> seen = new HashMap<>();
    private int repeated;
    private int skipped;
    private int notes;

    private record Seen(String source, int line, String json) {
    }

    /**
     * @param source   the row's file, for messages ({@code ""} when there is one)
     * @param row      a checked row
     * @param problems where the row's problems go
     * @return whether the row holds a good estimate not seen before: the one to send
     */
    boolean add(String source, OewsFile.Row row, List<RowProblem> problems) {
        switch (row.kind()) {
            case NOTE -> {
                notes++;
                return false;
            }
            case SKIPPED -> {
                skipped++;
                return false;
            }
            default -> {
            }
        }
        row.problems().forEach(p -> problems.add(new RowProblem(row.line(), p)));
        if (!row.problems().isEmpty() || row.estimate() == null) {
            return false;
        }
        String key = row.estimate().key();
        Seen first = seen.get(key);
        if (first == null) {
            seen.put(key, new Seen(source, row.line(), row.json()));
            return true;
        }
        String codes = "area " + row.estimate().area().code() + " and occupation " + row.estimate().occupation().code();
        if (first.source().equals(source)) {
            problems.add(new RowProblem(row.line(), codes + " appear twice (also line " + first.line() + ")"));
        } else if (first.json().equals(row.json())) {
            repeated++;
        } else {
            problems.add(new RowProblem(row.line(), codes + " have other figures in " + first.source() + " line " + first.line()));
        }
        return false;
    }

    /**
     * What was not sent, so far.
     *
     * @param repeated estimates found again in another file with the same figures
     * @param skipped  rows of other industries, ownerships or groups
     * @param notes    BLS's footnote rows
     */
    record Counts(int repeated, int skipped, int notes) {
    }

    /** @return the counts so far */
    Counts counts() {
        return new Counts(repeated, skipped, notes);
    }
}
