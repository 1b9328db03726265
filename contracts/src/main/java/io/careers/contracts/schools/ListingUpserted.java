package io.careers.contracts.schools;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.careers.contracts.ContractEvent;
import io.careers.contracts.EventIds;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/**
 * Event on {@code schools.listings.v1}, key: listing id. A listing was created or changed.
 *
 * @param eventId       unique event id
 * @param eventType     {@value #TYPE}
 * @param occurredAt    when it changed
 * @param schemaVersion {@value #SCHEMA_VERSION}
 * @param listingId     the platform's id of the listing
 * @param partnerId     the partner that owns it
 * @param externalId    the partner's id of it
 * @param institutionId the platform's id of the institution
 * @param programId     the platform's id of the program (shared by partners listing it); added in v1
 *                      after the first release, so consumers must accept it absent
 * @param institution   the institution as now stored
 * @param program       the program as now stored
 * @param sponsorship   the placement, null for organic
 * @param version       increases with every change of this listing
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ListingUpserted(UUID eventId, String eventType, Instant occurredAt, int schemaVersion,
                              String listingId, String partnerId, String externalId,
                              String institutionId, @Nullable String programId,
                              Institution institution, Program program,
                              @Nullable Sponsorship sponsorship, long version) implements ContractEvent {

    /** Event type name. */
    public static final String TYPE = "ListingUpserted";
    /** Schema version of this record. */
    public static final int SCHEMA_VERSION = 1;

    /**
     * A new event with a fresh envelope.
     *
     * @param listingId     listing id
     * @param partnerId     owner
     * @param externalId    partner's id
     * @param institutionId institution id
     * @param programId     program id
     * @param institution   institution
     * @param program       program
     * @param sponsorship   placement or null
     * @param version       listing version
     * @return the event
     */
    public static ListingUpserted of(String listingId, String partnerId, String externalId, String institutionId,
                                     String programId, Institution institution, Program program,
                                     @Nullable Sponsorship sponsorship, long version) {
        return new ListingUpserted(EventIds.newId(), TYPE, EventIds.now(), SCHEMA_VERSION, listingId, partnerId,
            externalId, institutionId, programId, institution, program, sponsorship, version);
    }
}
