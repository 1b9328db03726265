package io.careers.schools.partner;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * A partner that feeds school listings, created by an admin.
 *
 * @param partnerId its id, e.g. {@code mohawk-valley-cc}
 * @param name      its display name
 * @param createdAt when it was created
 */
@MappedEntity("partner")
record Partner(@Id String partnerId, String name, @Nullable @DateCreated Instant createdAt) {
}
