package io.careers.articles.search;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * A page of search results, best match first.
 *
 * @param query      the words searched for, as understood (lower case, letters and digits)
 * @param items      the matches
 * @param page       page number, from 1
 * @param size       page size
 * @param totalItems live articles matching
 * @param totalPages pages of that size
 */
@Serdeable
public record SearchPage(String query, List<SearchHit> items, int page, int size, long totalItems, long totalPages) {
}
