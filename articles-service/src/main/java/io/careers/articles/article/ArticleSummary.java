package io.careers.articles.article;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/**
 * A live article in the public list.
 *
 * @param id          article id
 * @param slug        current slug
 * @param title       title
 * @param summary     summary
 * @param category    category
 * @param revision    live revision
 * @param publishedAt first publication
 * @param revisedAt   when the live revision went live
 */
@Serdeable
public record ArticleSummary(UUID id, String slug, String title, @Nullable String summary, @Nullable String category,
                             int revision, Instant publishedAt, Instant revisedAt) {
}
