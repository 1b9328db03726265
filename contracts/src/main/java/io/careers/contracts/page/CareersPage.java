package io.careers.contracts.page;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * A page of the careers index, newest first, or of search results, best match first.
 *
 * @param query      in search results: the words searched for, as understood (lower case, letters and
 *                   digits); absent in the index
 * @param items      career pages
 * @param page       page number
 * @param size       page size
 * @param totalItems published career pages matching
 * @param totalPages pages
 */
@Serdeable
public record CareersPage(@Nullable String query, List<CareerSummary> items, int page, int size, long totalItems, long totalPages) {
}
