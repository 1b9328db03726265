package io.careers.articles.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * A live article that matches a search.
 *
 * @param slug        current slug
 * @param title       title
 * @param summary     summary
 * @param category    category
 * @param publishedAt first publication
 * @param snippet     HTML: the passage of its text that matches best, each matched word in {@code <mark>},
 *                    everything else escaped text
 */
@Serdeable
public record SearchHit(String slug, String title, @Nullable String summary, @Nullable String category,
                        Instant publishedAt, String snippet) {
}
