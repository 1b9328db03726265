package io.careers.articles;

import io.careers.contracts.OccupationRef;
import io.careers.contracts.Topics;
import io.careers.contracts.salary.Footnote;
import io.careers.contracts.salary.Lineage;
import io.careers.contracts.salary.NationalFigures;
import io.careers.contracts.salary.OccupationStatsChanged;
import io.careers.contracts.salary.ProjectionFigures;
import io.careers.contracts.salary.ReleasePromoted;
import io.careers.contracts.salary.WageMeasures;
import io.careers.testkit.Eventually;
import io.careers.testkit.KafkaTestClient;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Publishes what salary-service would: OccupationStatsChanged and ReleasePromoted, built from contract records. */
public final class SalaryEvents {
    private final KafkaTestClient kafka;
    private final ObjectMapper json;

    public SalaryEvents(KafkaTestClient kafka, ObjectMapper json) {
        this.kafka = kafka;
        this.json = json;
    }

    /** National figures with a median annual wage and employment; the other measures derived. */
    /**
     * Publishes May 2013 figures and the 2012-2022 projection of 29-2071 and waits until the read
     * model has them: what a test needs before saving an article with tokens of 29-2071.
     *
     * @param jdbc the service's database
     */
    public void medicalRecordsTechnicians(JdbcOperations jdbc) {
        stats("29-2071", "Medical Records and Health Information Technicians", List.of(release("2013-05", 182_370, 34_970)),
            projection("2012-2022", 22.0), List.of());
        Eventually.await("the read model has 29-2071", Duration.ofSeconds(30), () -> jdbc.execute(c ->
            c.createStatement().executeQuery("SELECT 1 FROM occupation_figures WHERE code = '29-2071'").next()));
    }

    public static NationalFigures release(String period, long employment, long annualMedian) {
        BigDecimal annual = BigDecimal.valueOf(annualMedian);
        BigDecimal hourly = annual.divide(BigDecimal.valueOf(2080), 2, java.math.RoundingMode.HALF_UP);
        return new NationalFigures("OEWS-" + period, period, employment,
            new WageMeasures(hourly, null, null, hourly, null, null),
            new WageMeasures(annual, null, null, annual, null, null), Map.of());
    }

    public static NationalFigures withFootnotes(NationalFigures f, Map<String, Footnote> footnotes) {
        return new NationalFigures(f.releaseId(), f.referencePeriod(), f.employment(), f.hourly(), f.annual(), footnotes);
    }

    public static ProjectionFigures projection(String period, double percentChange) {
        int base = Integer.parseInt(period.substring(0, 4));
        int target = Integer.parseInt(period.substring(5, 9));
        return new ProjectionFigures(period, base, target, 186_300L, null, BigDecimal.valueOf(percentChange), null, null);
    }

    /** Sends an OccupationStatsChanged; history is newest first and its head is the current release. */
    public OccupationStatsChanged stats(String code, String title, List<NationalFigures> history, ProjectionFigures projection,
                                        List<OccupationRef> successors) {
        OccupationStatsChanged event = OccupationStatsChanged.of(new OccupationRef(code, title, "2010"),
            history.isEmpty() ? null : history.get(0), history, projection, new Lineage(List.of(), successors));
        return send(event);
    }

    /** Sends an OccupationStatsChanged as it is, e.g. one sent before (a redelivery). */
    public OccupationStatsChanged send(OccupationStatsChanged event) {
        kafka.send(Topics.OCCUPATION_STATS, event.occupation().code(), write(event));
        return event;
    }

    public ReleasePromoted promoted(String period, String previousPeriod, List<String> changed) {
        ReleasePromoted event = ReleasePromoted.of("OEWS-" + period, period, "OEWS", 1000,
            previousPeriod == null ? null : "OEWS-" + previousPeriod, previousPeriod, changed);
        kafka.send(Topics.RELEASE_EVENTS, event.releaseId(), write(event));
        return event;
    }

    private String write(Object event) {
        try {
            return json.writeValueAsString(event);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
