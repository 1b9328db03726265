package io.careers.contracts.page;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * A career page in the index.
 *
 * @param slug        slug
 * @param title       title (text)
 * @param summary     summary (text)
 * @param category    category
 * @param publishedAt first publication
 * @param snippet     in search results: HTML, the passage of the article that matches best, each word found
 *                    in {@code <mark>} (no other markup); absent in the index
 */
@Serdeable
public record CareerSummary(String slug, String title, @Nullable String summary, @Nullable String category,
                            @Nullable Instant publishedAt, @Nullable String snippet) {
}
