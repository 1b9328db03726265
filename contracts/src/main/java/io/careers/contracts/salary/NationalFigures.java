package io.careers.contracts.salary;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.careers.contracts.http.Identifier;
import io.careers.contracts.id.IdentifierFormat;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.util.Map;

/**
 * The national figures of one occupation in one release, exactly as published.
 *
 * @param releaseId       the release they come from
 * @param referencePeriod {@code YYYY-MM} of that release
 * @param employment      estimated employment
 * @param hourly          hourly wages
 * @param annual          annual wages
 * @param footnotes       footnotes by measure path; a footnoted measure has no number
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record NationalFigures(@Identifier(IdentifierFormat.RELEASE_ID) String releaseId,
                              @Identifier(IdentifierFormat.REFERENCE_PERIOD) String referencePeriod,
                              @Nullable @PositiveOrZero Long employment,
                              @Valid @Nullable WageMeasures hourly,
                              @Valid @Nullable WageMeasures annual,
                              @NotNull @Size(max = 40) Map<@Size(max = 40) String, @NotNull Footnote> footnotes) {
}
