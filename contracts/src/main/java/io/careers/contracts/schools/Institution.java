package io.careers.contracts.schools;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

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
public record Institution(String name, String city, String state, @Nullable Ownership ownership,
                          @Nullable String website) {
}
