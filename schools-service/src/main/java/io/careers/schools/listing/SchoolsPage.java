package io.careers.schools.listing;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * {@code GET /api/v1/schools}: one page of the ranked listing.
 *
 * @param items      the entries
 * @param page       1-based page
 * @param size       page size
 * @param totalItems entries in all
 * @param totalPages pages in all
 */
@Serdeable
record SchoolsPage(List<SchoolItem> items, int page, int size, long totalItems, long totalPages) {
}
