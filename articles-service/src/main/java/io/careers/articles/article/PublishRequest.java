package io.careers.articles.article;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Positive;

import java.time.Instant;

/**
 * Body of {@code POST /api/v1/articles/{id}/publish}; may be empty.
 *
 * @param publishAt when to publish; absent or past: now
 * @param revision  optional: the revision the editor reviewed; refused (409) if a newer one exists
 */
@Serdeable
public record PublishRequest(@Nullable Instant publishAt, @Positive @Nullable Integer revision) {
}
