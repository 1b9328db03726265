package io.careers.contracts.salary;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * Hourly and annual wages of one estimate.
 *
 * @param hourly hourly wages, absent for annual-only occupations
 * @param annual annual wages, absent for hourly-only occupations
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Wages(@Nullable WageMeasures hourly, @Nullable WageMeasures annual) {
}
