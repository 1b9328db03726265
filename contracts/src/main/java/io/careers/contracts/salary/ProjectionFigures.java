package io.careers.contracts.salary;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.careers.contracts.http.Identifier;
import io.careers.contracts.id.IdentifierFormat;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/**
 * The current employment projection of an occupation.
 *
 * @param period                {@code YYYY-YYYY}
 * @param baseYear              first year of the window
 * @param targetYear            last year of the window
 * @param baseEmployment        jobs in the base year
 * @param projectedEmployment   jobs projected for the target year
 * @param percentChange         projected change in percent
 * @param annualOpenings        projected openings a year
 * @param typicalEntryEducation typical entry-level education
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ProjectionFigures(@Identifier(IdentifierFormat.PROJECTION_PERIOD) String period,
                                int baseYear,
                                int targetYear,
                                @Nullable Long baseEmployment,
                                @Nullable Long projectedEmployment,
                                @Nullable BigDecimal percentChange,
                                @Nullable @PositiveOrZero Long annualOpenings,
                                @Nullable @Size(max = 200) String typicalEntryEducation) {
}
