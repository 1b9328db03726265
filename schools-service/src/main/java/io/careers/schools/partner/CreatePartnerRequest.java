package io.careers.schools.partner;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /api/v1/admin/partners} body.
 *
 * @param name      the partner's name, e.g. {@code Acme Lead Partners}
 * @param partnerId its id, e.g. {@code acme-leads}; derived from the name when absent
 */
@Serdeable
record CreatePartnerRequest(
    @NotBlank(message = NAME) @Size(max = 200, message = NAME) @Nullable String name,
    @Nullable String partnerId) {
    private static final String NAME = "is required, 1 to 200 characters";

}
