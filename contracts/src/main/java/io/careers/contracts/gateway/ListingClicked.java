package io.careers.contracts.gateway;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.careers.contracts.ContractEvent;
import io.careers.contracts.EventIds;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/**
 * Event on {@code gateway.interactions.v1}, key: listing id. A listing was clicked on a career page.
 *
 * @param eventId       unique event id; popularity counts each id once
 * @param eventType     {@value #TYPE}
 * @param occurredAt    when it was clicked
 * @param schemaVersion {@value #SCHEMA_VERSION}
 * @param listingId     the listing
 * @param slug          the career page it was clicked on
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ListingClicked(UUID eventId, String eventType, Instant occurredAt, int schemaVersion,
                            String listingId, String slug) implements ContractEvent {

    /** Event type name. */
    public static final String TYPE = "ListingClicked";
    /** Schema version of this record. */
    public static final int SCHEMA_VERSION = 1;

    /**
     * @param listingId the listing
     * @param slug      the page
     * @return a new event with a fresh envelope
     */
    public static ListingClicked of(String listingId, String slug) {
        return new ListingClicked(EventIds.newId(), TYPE, EventIds.now(), SCHEMA_VERSION, listingId, slug);
    }

    /**
     * @param eventId   the event's id: the gateway derives it from the impression token, so that one
     *                  token's clicked listing counts once however often it is posted
     * @param listingId the listing
     * @param slug      the page
     * @return a new event with that id
     */
    public static ListingClicked of(UUID eventId, String listingId, String slug) {
        return new ListingClicked(eventId, TYPE, EventIds.now(), SCHEMA_VERSION, listingId, slug);
    }
}
