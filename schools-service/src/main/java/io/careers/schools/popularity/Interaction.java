package io.careers.schools.popularity;

import java.time.Instant;
import java.util.UUID;

/**
 * A listing viewed or clicked on a career page.
 *
 * @param eventId    counted once
 * @param listingId  the listing
 * @param clicked    true for a click, false for a view
 * @param occurredAt when; counted on that UTC day
 */
record Interaction(UUID eventId, String listingId, boolean clicked, Instant occurredAt) {
}
