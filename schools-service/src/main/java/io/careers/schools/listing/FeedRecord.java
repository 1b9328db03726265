package io.careers.schools.listing;

import io.careers.contracts.schools.ListingDocument;
import io.micronaut.core.annotation.Nullable;

/**
 * A record of {@code schools.partner-listings.v1}: a listing to upsert, or a tombstone.
 *
 * @param partnerId  from the key
 * @param externalId from the key
 * @param listing    the document, or null for a tombstone (withdraw)
 */
record FeedRecord(String partnerId, String externalId, @Nullable ListingDocument listing) {
}
