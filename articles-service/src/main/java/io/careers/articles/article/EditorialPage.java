package io.careers.articles.article;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * A page of the editors' list, most recently changed first.
 *
 * @param items      articles
 * @param page       page number
 * @param size       page size
 * @param totalItems articles matching
 * @param totalPages pages
 */
@Serdeable
public record EditorialPage(List<EditorialItem> items, int page, int size, long totalItems, long totalPages) {
}
