package io.careers.schools.popularity;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

/**
 * The popularity a listing is ranked by: a view of the {@code listing} table's id and its views and
 * clicks of the last 30 days.
 *
 * @param listingId       the listing
 * @param interactions30d its views and clicks of the last 30 days
 */
@MappedEntity("listing")
record ListingPopularity(@Id UUID listingId, long interactions30d) {
}
