package io.careers.salary.occupation;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.careers.contracts.salary.Lineage;
import io.careers.contracts.salary.NationalFigures;
import io.careers.contracts.salary.ProjectionFigures;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * {@code GET /api/v1/occupations/{soc}}: an occupation's current national figures, current
 * projection and lineage. Numbers and footnote codes only; formatting is the renderers' job.
 *
 * @param code       SOC code
 * @param title      title in its SOC version
 * @param socVersion SOC version of the code
 * @param current    current national figures with their release and period, or null
 * @param projection current projection, or null
 * @param lineage    predecessor and successor codes across SOC revisions
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record OccupationResponse(String code, String title, @Nullable String socVersion, @Nullable NationalFigures current,
                          @Nullable ProjectionFigures projection, Lineage lineage) {

    static OccupationResponse of(OccupationView view) {
        return of(view, null);
    }

    /**
     * @param view    what is known of the occupation
     * @param release a complete release whose figures to show instead of the current ones (the gateway
     *                asks for the release an article's text shows, so a page never mixes two), or null
     * @return the response; with the current figures when the release does not have the occupation
     */
    static OccupationResponse of(OccupationView view, @Nullable String release) {
        NationalFigures figures = release == null ? view.current() : view.history().stream()
            .filter(f -> release.equals(f.releaseId())).findFirst().orElse(view.current());
        return new OccupationResponse(view.occupation().code(), view.occupation().title(),
            view.occupation().socVersion(), figures, view.projection(), view.lineage());
    }
}
