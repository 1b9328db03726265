package io.careers.web.career;

import io.careers.contracts.page.FigureFormat;
import io.careers.contracts.page.Occupation;
import io.careers.contracts.page.Occupation.Wages;
import io.careers.contracts.salary.TopCodes;
import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The wage table of one occupation, as readers see it: hourly and annual wages by percentile, each
 * cell a formatted figure or what BLS says instead of one. A footnoted or missing measure is never
 * shown as a number.
 *
 * @param code       SOC code
 * @param title      occupation title (text)
 * @param source     where the figures come from, e.g. {@code BLS OEWS, May 2013}; null when no release has them
 * @param employment employment, e.g. {@code 182,370 jobs}, or null
 * @param rows       one row per measure
 * @param replacedBy what replaced a code a later SOC version dropped, e.g. {@code SOC 2018 replaced it with
 *                   29-2072 Medical Records Specialists and …}; null for a code still in use
 */
public record WageTable(String code, String title, @Nullable String source, @Nullable String employment,
                        List<Row> rows, @Nullable String replacedBy) {
    /**
     * @param measure e.g. {@code Median}
     * @param hourly  the hourly cell
     * @param annual  the annual cell
     */
    public record Row(String measure, String hourly, String annual) {
    }

    private record Measure(String label, String key, Function<Wages, BigDecimal> value) {
    }

    private static final List<Measure> MEASURES = List.of(
        new Measure("10th percentile", "p10", Wages::p10),
        new Measure("25th percentile", "p25", Wages::p25),
        new Measure("Median", "median", Wages::median),
        new Measure("75th percentile", "p75", Wages::p75),
        new Measure("90th percentile", "p90", Wages::p90),
        new Measure("Mean", "mean", Wages::mean));

    /** What readers see instead of a footnoted figure, by the payload's footnote codes. */
    private static final Map<String, String> FOOTNOTES = Map.of(
        "TOP_CODED", "at or above the BLS top value",
        "NOT_RELEASED", "not released",
        "HOURLY_ONLY", "hourly only",
        "ANNUAL_ONLY", "annual only");

    /** @return the table of an occupation of the salary section */
    public static WageTable of(Occupation occupation) {
        List<Row> rows = MEASURES.stream()
            .map(m -> new Row(m.label(),
                cell(occupation, "hourly." + m.key(), m.value().apply(occupation.hourly()), false),
                cell(occupation, "annual." + m.key(), m.value().apply(occupation.annual()), true)))
            .toList();
        String source = occupation.referencePeriod() == null ? null
            : "BLS OEWS, " + FigureFormat.period(occupation.referencePeriod());
        String employment = occupation.employment() == null ? null : FigureFormat.jobs(occupation.employment());
        return new WageTable(occupation.code(), occupation.title(), source, employment, rows, replacedBy(occupation));
    }

    /** Readers of a code's last figures learn why no newer ones follow, and under which codes to find them. */
    static @Nullable String replacedBy(Occupation occupation) {
        if (occupation.successors().isEmpty()) {
            return null;
        }
        List<String> names = occupation.successors().stream().map(s -> s.code() + " " + s.title()).toList();
        String version = occupation.successors().get(0).socVersion();
        String joined = names.size() == 1 ? names.get(0)
            : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        return (version == null ? "A later SOC version" : "SOC " + version) + " replaced this code with " + joined
            + "; newer figures are published under " + (names.size() == 1 ? "that code." : "those codes.");
    }

    static String cell(Occupation occupation, String key, @Nullable BigDecimal value, boolean annual) {
        String footnote = occupation.footnotes().get(key);
        if ("TOP_CODED".equals(footnote) && occupation.referencePeriod() != null) {
            // The data has no number, the threshold of its release says how high: "$239,200 or more".
            BigDecimal threshold = TopCodes.BLS.threshold(occupation.referencePeriod(), annual);
            return (annual ? FigureFormat.annual(threshold) : FigureFormat.hourlyAmount(threshold)) + " or more";
        }
        if (footnote != null) {
            return FOOTNOTES.getOrDefault(footnote, "not available");
        }
        if (value == null) {
            return "not available";
        }
        return annual ? FigureFormat.annual(value) : FigureFormat.hourlyAmount(value);
    }
}
