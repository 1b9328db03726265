package io.careers.salary.occupation;

import io.careers.contracts.OccupationRef;
import io.careers.contracts.api.salary.OccupationResponse;
import io.careers.contracts.salary.Lineage;
import io.careers.contracts.salary.NationalFigures;
import io.careers.contracts.salary.OccupationStatsChanged;
import io.careers.contracts.salary.ProjectionFigures;
import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * What salary-service knows of one occupation: the same data backs the read API and
 * {@link OccupationStatsChanged}.
 *
 * @param occupation the occupation
 * @param current    current national figures (the current release, else the newest complete
 *                   release that has the occupation), or null
 * @param history    national figures of every complete release that has it, current first
 * @param projection current projection, or null
 * @param lineage    SOC lineage
 */
public record OccupationView(OccupationRef occupation, @Nullable NationalFigures current,
                             List<NationalFigures> history, @Nullable ProjectionFigures projection,
                             Lineage lineage) {

    /** @return an event announcing this state */
    public OccupationStatsChanged toEvent() {
        return OccupationStatsChanged.of(occupation, current, history, projection, lineage);
    }

    /** @return the read API's answer, with the current figures */
    public OccupationResponse toResponse() {
        return toResponse(null);
    }

    /**
     * @param release a complete release whose figures to show instead of the current ones (the gateway
     *                asks for the release an article's text shows, so a page never mixes two), or null
     * @return the read API's answer; with the current figures when the release does not have the occupation
     */
    public OccupationResponse toResponse(@Nullable String release) {
        NationalFigures figures = release == null ? current : history.stream()
            .filter(f -> release.equals(f.releaseId())).findFirst().orElse(current);
        return new OccupationResponse(occupation.code(), occupation.title(), occupation.socVersion(), figures,
            projection, lineage);
    }
}
