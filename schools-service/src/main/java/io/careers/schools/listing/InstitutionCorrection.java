package io.careers.schools.listing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * An admin's correction of a shared institution: each field given replaces the stored one, an
 * absent field stays. The state is not correctable: it is part of how partners' documents match.
 *
 * @param name      the name as listings show it
 * @param city      the city
 * @param ownership PUBLIC, PRIVATE_NONPROFIT or PRIVATE_FOR_PROFIT
 * @param website   an http(s) address
 */
@Serdeable
public record InstitutionCorrection(@Nullable String name, @Nullable String city, @Nullable String ownership,
                                    @Nullable String website) {
}
