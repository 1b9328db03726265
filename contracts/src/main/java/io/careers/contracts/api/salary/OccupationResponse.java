package io.careers.contracts.api.salary;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.careers.contracts.http.Identifier;
import io.careers.contracts.id.IdentifierFormat;
import io.careers.contracts.salary.Lineage;
import io.careers.contracts.salary.NationalFigures;
import io.careers.contracts.salary.ProjectionFigures;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * salary-service's {@code GET /api/v1/occupations/{soc}}: an occupation's national figures, current
 * projection and lineage. Numbers and footnote codes only; formatting is the renderers' job.
 * salary-service writes it; the gateway reads it and checks its constraints first.
 *
 * @param code       SOC code
 * @param title      title in its SOC version
 * @param socVersion SOC version of the code
 * @param current    national figures with their release and period (the current ones, or those of the
 *                   release asked for), or null
 * @param projection current projection, or null
 * @param lineage    predecessor and successor codes across SOC revisions
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record OccupationResponse(@Identifier(IdentifierFormat.SOC) String code,
                                 @NotNull @Size(max = 500) String title,
                                 @Nullable @Size(max = 10) String socVersion,
                                 @Valid @Nullable NationalFigures current,
                                 @Valid @Nullable ProjectionFigures projection,
                                 @Valid @NotNull Lineage lineage) {
}
