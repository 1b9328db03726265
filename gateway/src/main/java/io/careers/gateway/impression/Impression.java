package io.careers.gateway.impression;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What one gateway answer showed: these listings, on this career page, at this time. The gateway
 * signs it into an impression token; a view or click must present it.
 *
 * @param nonce      unique per answer
 * @param issuedAt   when the answer was served (seconds)
 * @param slug       the career page
 * @param listingIds the listings the answer showed, in its order
 */
public record Impression(UUID nonce, Instant issuedAt, String slug, List<String> listingIds) {

    /** @param listingIds copied */
    public Impression {
        listingIds = List.copyOf(listingIds);
    }

    /**
     * The id of the event that reports {@code listingId} of this impression as viewed or clicked:
     * derived, not random, so the same report sent again is the same event, and schools-service's
     * inbox counts it once.
     *
     * @param listingId one of {@link #listingIds()}
     * @param eventType {@code ListingViewed} or {@code ListingClicked}
     * @return the same id for the same impression, listing and type; another for any other
     */
    public UUID eventId(String listingId, String eventType) {
        return UUID.nameUUIDFromBytes((nonce + "|" + listingId + "|" + eventType).getBytes(StandardCharsets.UTF_8));
    }
}
