package io.careers.gateway.payload;

import io.careers.contracts.page.School;

import java.util.List;

/**
 * A page of schools as schools-service ranked it.
 *
 * @param items      entries in rank order
 * @param page       page number
 * @param size       page size
 * @param totalItems matching listings
 * @param totalPages pages
 */
public record SchoolsResult(List<School> items, int page, int size, long totalItems, long totalPages) {
}
