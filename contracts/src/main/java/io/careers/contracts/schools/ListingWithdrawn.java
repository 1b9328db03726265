package io.careers.contracts.schools;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.careers.contracts.ContractEvent;
import io.careers.contracts.EventIds;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/**
 * Event on {@code schools.listings.v1}, key: listing id. A listing was withdrawn and is no longer
 * shown.
 *
 * @param eventId       unique event id
 * @param eventType     {@value #TYPE}
 * @param occurredAt    when it was withdrawn
 * @param schemaVersion {@value #SCHEMA_VERSION}
 * @param listingId     the listing
 * @param partnerId     the partner that owned it
 * @param externalId    the partner's id of it
 * @param cipCode       the CIP code of its program, so that caches drop only that code's listings;
 *                      null from producers before it was added
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ListingWithdrawn(UUID eventId, String eventType, Instant occurredAt, int schemaVersion,
                               String listingId, String partnerId, String externalId,
                               @Nullable String cipCode) implements ContractEvent {

    /** Event type name. */
    public static final String TYPE = "ListingWithdrawn";
    /** Schema version of this record. */
    public static final int SCHEMA_VERSION = 1;

    /**
     * @param listingId  the listing
     * @param partnerId  its partner
     * @param externalId the partner's id
     * @param cipCode    its program's CIP code
     * @return a new event with a fresh envelope
     */
    public static ListingWithdrawn of(String listingId, String partnerId, String externalId, String cipCode) {
        return new ListingWithdrawn(EventIds.newId(), TYPE, EventIds.now(), SCHEMA_VERSION, listingId, partnerId,
            externalId, cipCode);
    }
}
