package io.careers.contracts.salary;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

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
public record NationalFigures(String releaseId,
                              String referencePeriod,
                              @Nullable Long employment,
                              @Nullable WageMeasures hourly,
                              @Nullable WageMeasures annual,
                              Map<String, Footnote> footnotes) {
}
