package io.careers.schools.listing;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.careers.contracts.schools.Institution;
import io.careers.contracts.schools.Program;
import io.careers.contracts.schools.Sponsorship;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.Map;

/**
 * A listing as its partner sees it through the partner API.
 *
 * @param listingId     the platform's id
 * @param externalId    the partner's id
 * @param institutionId the matched institution
 * @param programId     the matched program
 * @param institution   the institution's current values (shared with other partners' listings)
 * @param program       the program
 * @param sponsorship   the placement, or null
 * @param status        ACTIVE or WITHDRAWN
 * @param version       increases with every change
 * @param provenance    field to {partner, source, at} of its last change
 * @param updatedAt     last change
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record ListingView(String listingId, String externalId, String institutionId, String programId, Institution institution,
                   Program program,
                   @Nullable Sponsorship sponsorship, String status, long version,
                   Map<String, Map<String, String>> provenance, Instant updatedAt) {

    static ListingView of(StoredListing l) {
        return new ListingView(l.listingId().toString(), l.externalId(), l.institutionId().toString(),
            l.programId().toString(), l.institution(),
            l.program(), l.sponsorship(), l.active() ? "ACTIVE" : "WITHDRAWN", l.version(), l.provenance(), l.updatedAt());
    }
}
