package io.careers.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.careers.contracts.http.Identifier;
import io.careers.contracts.id.IdentifierFormat;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An occupation as named in the Standard Occupational Classification.
 *
 * @param code       SOC code {@code NN-NNNN}, e.g. {@code 29-2072}
 * @param title      the occupation's title in that SOC version
 * @param socVersion the SOC revision the code belongs to ({@code 2010}, {@code 2018}), if known
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record OccupationRef(@Identifier(IdentifierFormat.SOC) String code, @NotNull @Size(max = 500) String title,
                            @Nullable @Size(max = 10) String socVersion) {
}
