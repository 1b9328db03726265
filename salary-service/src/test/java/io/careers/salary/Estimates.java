package io.careers.salary;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.careers.contracts.OccupationRef;
import io.careers.contracts.Topics;
import io.careers.contracts.salary.Area;
import io.careers.contracts.salary.AreaType;
import io.careers.contracts.salary.EmploymentProjection;
import io.careers.contracts.salary.Footnote;
import io.careers.contracts.salary.ReleaseCompletion;
import io.careers.contracts.salary.WageEstimate;
import io.careers.contracts.salary.WageMeasures;
import io.careers.contracts.salary.Wages;
import io.careers.testkit.KafkaTestClient;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Builds and publishes OEWS-like records the way a data team's tool would. */
public final class Estimates {
    /** National area. */
    public static final Area US = new Area(AreaType.NATIONAL, Area.NATIONAL_CODE, "U.S.");
    /** A state area. */
    public static final Area VIRGINIA = new Area(AreaType.STATE, "5100000", "Virginia");
    private static final ObjectMapper JSON = new ObjectMapper();

    private Estimates() {
    }

    /** @return an estimate whose percentiles are spread around the annual median, hourly = annual / 2080 */
    public static WageEstimate estimate(String releaseId, OccupationRef occupation, Area area, int annualMedian,
                                        int revision) {
        BigDecimal median = BigDecimal.valueOf(annualMedian);
        WageMeasures annual = new WageMeasures(pct(median, 107), pct(median, 62), pct(median, 78), median,
            pct(median, 127), pct(median, 165));
        WageMeasures hourly = new WageMeasures(hour(annual.mean()), hour(annual.p10()), hour(annual.p25()),
            hour(median), hour(annual.p75()), hour(annual.p90()));
        return new WageEstimate(releaseId, periodOf(releaseId), occupation, area, 180000L + annualMedian,
            new Wages(hourly, annual), Map.of(), revision);
    }

    /** @return the estimate with its annual p90 top-coded, as BLS publishes "$239,200 or more" */
    public static WageEstimate topCodedP90(WageEstimate e) {
        WageMeasures a = e.wages().annual();
        WageMeasures h = e.wages().hourly();
        return new WageEstimate(e.releaseId(), e.referencePeriod(), e.occupation(), e.area(), e.employment(),
            new Wages(new WageMeasures(h.mean(), h.p10(), h.p25(), h.median(), h.p75(), null),
                new WageMeasures(a.mean(), a.p10(), a.p25(), a.median(), a.p75(), null)),
            Map.of("annual.p90", Footnote.TOP_CODED, "hourly.p90", Footnote.TOP_CODED), e.revision());
    }

    /** @return {@code YYYY-MM} of a release id {@code OEWS-YYYY-MM[...]} */
    public static String periodOf(String releaseId) {
        return releaseId.substring(5, 12);
    }

    public static void publish(KafkaTestClient kafka, List<WageEstimate> estimates) {
        estimates.forEach(e -> kafka.send(Topics.WAGE_ESTIMATES, e.key(), json(e)));
    }

    /** Publishes estimates as a job publishing one part of their release does: each says its part in a header. */
    public static void publishPart(KafkaTestClient kafka, List<WageEstimate> estimates, String part) {
        estimates.forEach(e -> kafka.send(Topics.WAGE_ESTIMATES, e.key(), json(e).getBytes(StandardCharsets.UTF_8),
            Map.of(ReleaseCompletion.PART_HEADER, part)));
    }

    public static void complete(KafkaTestClient kafka, String releaseId, long count) {
        kafka.send(Topics.RELEASES, releaseId,
            json(ReleaseCompletion.whole(releaseId, periodOf(releaseId), count)));
    }

    public static void completePart(KafkaTestClient kafka, String releaseId, long count, String part, List<String> parts) {
        kafka.send(Topics.RELEASES, releaseId,
            json(ReleaseCompletion.part(releaseId, periodOf(releaseId), count, part, parts)));
    }

    public static void project(KafkaTestClient kafka, EmploymentProjection p) {
        kafka.send(Topics.EMPLOYMENT_PROJECTIONS, p.key(), json(p));
    }

    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static BigDecimal pct(BigDecimal median, int percent) {
        return median.multiply(BigDecimal.valueOf(percent)).divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP);
    }

    private static BigDecimal hour(BigDecimal annual) {
        return annual.divide(BigDecimal.valueOf(2080), 2, RoundingMode.HALF_UP);
    }
}
