package io.careers.articles.figure;

import io.careers.contracts.salary.Lineage;
import io.careers.contracts.salary.NationalFigures;
import io.careers.contracts.salary.ProjectionFigures;
import io.micronaut.core.annotation.Nullable;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What articles-service knows of one occupation, from the latest {@code OccupationStatsChanged}.
 *
 * @param code        SOC code
 * @param title       occupation title
 * @param current     current national figures, null if no release has the occupation
 * @param history     national figures of every release that has it, newest first
 * @param projection  current projection, or null
 * @param projections every projection seen, by period ({@code 2012-2022})
 * @param lineage     predecessors and successors across SOC versions
 */
public record OccupationFigures(String code, String title, @Nullable NationalFigures current,
                                List<NationalFigures> history, @Nullable ProjectionFigures projection,
                                Map<String, ProjectionFigures> projections, Lineage lineage) {

    /**
     * @param referencePeriod {@code YYYY-MM}
     * @return the national figures of that period's release
     */
    public Optional<NationalFigures> ofPeriod(String referencePeriod) {
        return history.stream().filter(f -> f.referencePeriod().equals(referencePeriod)).findFirst();
    }

    /**
     * @param referencePeriod {@code YYYY-MM} of the release that was current
     * @return the period whose figures a live figure showed then: that release's, or, when it lacks the
     *         occupation (a code a later SOC version dropped or added), the newest one before it; the
     *         given period when none is older
     */
    public String periodShownWhileCurrent(String referencePeriod) {
        return history.stream().map(NationalFigures::referencePeriod).filter(p -> p.compareTo(referencePeriod) <= 0)
            .max(Comparator.naturalOrder()).orElse(referencePeriod);
    }

    /**
     * @param releaseId a release id
     * @return the national figures of that release
     */
    public Optional<NationalFigures> ofRelease(String releaseId) {
        return history.stream().filter(f -> f.releaseId().equals(releaseId)).findFirst();
    }
}
