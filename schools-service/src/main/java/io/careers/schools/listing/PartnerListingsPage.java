package io.careers.schools.listing;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * {@code GET /api/v1/partner/listings}: one page of the partner's own listings.
 *
 * @param items      the listings, by external id
 * @param page       1-based page
 * @param size       page size
 * @param totalItems listings in all
 * @param totalPages pages in all
 */
@Serdeable
record PartnerListingsPage(List<ListingView> items, int page, int size, long totalItems, long totalPages) {
}
