package io.careers.gateway.backend;

import io.careers.contracts.api.salary.OccupationResponse;
import io.careers.contracts.api.salary.OccupationsResponse;
import io.careers.contracts.page.Occupation;
import io.careers.contracts.salary.NationalFigures;
import io.careers.contracts.salary.ProjectionFigures;
import io.careers.contracts.salary.WageMeasures;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import reactor.core.publisher.Mono;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** salary-service: national figures of several occupations in one call. */
@Singleton
public class SalaryBackend {
    private final JsonBackend backend;

    SalaryBackend(@Client(id = "salary") HttpClient client, @Named("salary") BackendPolicy policy, BackendAnswers answers) {
        this.backend = new JsonBackend(client, policy, answers);
    }

    /**
     * @param codes    SOC codes (validated by the caller)
     * @param deadline shorter limit than the backend's timeout, or null
     * @return the figures of the occupations salary-service knows, in the order asked
     */
    public Mono<List<Occupation>> occupations(List<String> codes, @Nullable Duration deadline) {
        return occupations(codes, null, deadline);
    }

    /**
     * @param codes    SOC codes (validated by the caller)
     * @param release  a release whose figures to have instead of the current ones, where it has the
     *                 occupation (validated by the caller), or null for the current figures
     * @param deadline shorter limit than the backend's timeout, or null
     * @return the figures of the occupations salary-service knows, in the order asked
     */
    public Mono<List<Occupation>> occupations(List<String> codes, @Nullable String release, @Nullable Duration deadline) {
        String query = "/api/v1/occupations?codes=" + String.join(",", codes)
            + (release == null ? "" : "&release=" + URLEncoder.encode(release, StandardCharsets.UTF_8));
        return backend.require(query, OccupationsResponse.class, deadline)
            .map(answer -> answer.occupations().stream().map(SalaryBackend::occupation).toList());
    }

    /** @return the page's view of an occupation: the figures it shows and the projection's headline numbers */
    static Occupation occupation(OccupationResponse answer) {
        NationalFigures current = answer.current();
        ProjectionFigures projection = answer.projection();
        Map<String, String> footnotes = new TreeMap<>();
        if (current != null) {
            current.footnotes().forEach((measure, footnote) -> footnotes.put(measure, footnote.name()));
        }
        return new Occupation(answer.code(), answer.title(),
            current == null ? null : current.releaseId(),
            current == null ? null : current.referencePeriod(),
            current == null ? null : current.employment(),
            wages(current == null ? null : current.annual()),
            wages(current == null ? null : current.hourly()),
            footnotes,
            projection == null ? null
                : new Occupation.Projection(projection.period(), projection.percentChange(), projection.annualOpenings()),
            answer.lineage().successors());
    }

    private static Occupation.Wages wages(@Nullable WageMeasures w) {
        return w == null ? new Occupation.Wages(null, null, null, null, null, null)
            : new Occupation.Wages(w.mean(), w.p10(), w.p25(), w.median(), w.p75(), w.p90());
    }

    /** @return whether calls go through normally (circuit closed); callers need not wait on a trial call */
    public boolean healthy() {
        return backend.healthy();
    }
}
