package io.careers.articles.article;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * A page of the public list of live articles, newest first.
 *
 * @param items      the articles
 * @param page       page number, from 1
 * @param size       page size
 * @param totalItems live articles matching the filter
 * @param totalPages pages of that size
 */
@Serdeable
public record ArticlesPage(List<ArticleSummary> items, int page, int size, long totalItems, long totalPages) {
}
