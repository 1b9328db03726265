package io.careers.contracts.api.articles;

import io.careers.contracts.http.Identifier;
import io.careers.contracts.id.IdentifierFormat;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

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
public record ArticleSummary(@NotNull UUID id, @Identifier(IdentifierFormat.SLUG) String slug,
                             @NotNull @Size(max = 500) String title, @Nullable @Size(max = 5000) String summary,
                             @Nullable @Size(max = 100) String category, @PositiveOrZero int revision,
                             @NotNull Instant publishedAt, @NotNull Instant revisedAt) {
}
