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
        return new OccupationResponse(view.occupation().code(), view.occupation().title(),
            view.occupation().socVersion(), view.current(), view.projection(), view.lineage());
    }
}
