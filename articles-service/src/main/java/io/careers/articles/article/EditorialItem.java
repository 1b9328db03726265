package io.careers.articles.article;

import io.careers.contracts.api.articles.ArticleStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/**
 * An article in the editors' list, with its newest revision's slug and title.
 *
 * @param id           article id
 * @param slug         newest revision's slug
 * @param title        newest revision's title
 * @param status       workflow status
 * @param revision     newest revision
 * @param liveRevision revision readers see, or null
 * @param publishAt    planned publish, or null
 * @param updatedAt    last change
 */
@Serdeable
public record EditorialItem(UUID id, String slug, String title, ArticleStatus status, int revision,
                            @Nullable Integer liveRevision, @Nullable Instant publishAt, Instant updatedAt) {
}
