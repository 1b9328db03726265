package io.careers.schools.listing;

import io.careers.contracts.schools.Institution;
import io.careers.contracts.schools.Program;
import io.careers.contracts.schools.Sponsorship;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A listing as stored, with its institution.
 *
 * @param listingId     the platform's id
 * @param partnerId     owner
 * @param externalId    the partner's id
 * @param institutionId the institution
 * @param programId     the program, shared by partners listing it
 * @param institution   the institution's current values
 * @param program       the program
 * @param sponsorship   the placement, or null
 * @param active        false once withdrawn
 * @param version       increases with every change
 * @param source        API or FEED, of the last change
 * @param provenance    field to {partner, source, at}
 * @param updatedAt     last change
 */
record StoredListing(UUID listingId, String partnerId, String externalId, UUID institutionId, UUID programId,
                     Institution institution,
                     Program program, @Nullable Sponsorship sponsorship, boolean active, long version, Source source,
                     Map<String, Map<String, String>> provenance, Instant updatedAt) {
}
