package io.careers.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * An occupation as named in the Standard Occupational Classification.
 *
 * @param code       SOC code {@code NN-NNNN}, e.g. {@code 29-2072}
 * @param title      the occupation's title in that SOC version
 * @param socVersion the SOC revision the code belongs to ({@code 2010}, {@code 2018}), if known
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record OccupationRef(String code, String title, @Nullable String socVersion) {
}
