package io.careers.articles.article;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Positive;

/**
 * Body of {@code POST /api/v1/articles/{id}/revisions/{revision}/restore}; may be empty.
 *
 * @param revision optional: the newest revision the editor saw; refused (409) if a newer one exists
 */
@Serdeable
public record RestoreRequest(@Positive @Nullable Integer revision) {
}
