package io.careers.articles.search;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/**
 * One live article that matches a search, as the query reads it.
 *
 * @param slug        current slug
 * @param title       title
 * @param summary     summary
 * @param category    category
 * @param publishedAt first publication
 * @param snippet     the best passage of its text, the matches between the marks of {@link Snippets}
 */
@Introspected
record SearchRow(String slug, String title, @Nullable String summary, @Nullable String category, Instant publishedAt,
                 String snippet) {
}
