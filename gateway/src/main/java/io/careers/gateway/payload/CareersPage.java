package io.careers.gateway.payload;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * A page of the careers index, newest first.
 *
 * @param items      career pages
 * @param page       page number
 * @param size       page size
 * @param totalItems published career pages matching
 * @param totalPages pages
 */
@Serdeable
public record CareersPage(List<CareerSummary> items, int page, int size, long totalItems, long totalPages) {
}
