package io.careers.contracts.schools;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.careers.contracts.http.Identifier;
import io.careers.contracts.id.IdentifierFormat;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The school offering a listed program.
 *
 * @param name      name as the institution spells it
 * @param city      city
 * @param state     USPS state code, e.g. {@code NY}
 * @param ownership public, private nonprofit or private for-profit
 * @param website   the institution's web site (http or https)
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Institution(@NotNull @Size(min = 1, max = 200) String name, @NotNull @Size(min = 1, max = 100) String city,
                          @Identifier(IdentifierFormat.STATE_CODE) String state, @Nullable Ownership ownership,
                          @Nullable @Size(max = 500) String website) {
}
