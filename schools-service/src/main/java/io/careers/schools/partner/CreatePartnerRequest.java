package io.careers.schools.partner;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * {@code POST /api/v1/admin/partners} body.
 *
 * @param name      the partner's name, e.g. {@code Acme Lead Partners}
 * @param partnerId its id, e.g. {@code acme-leads}; derived from the name when absent
 */
@Serdeable
record CreatePartnerRequest(@Nullable String name, @Nullable String partnerId) {
}
