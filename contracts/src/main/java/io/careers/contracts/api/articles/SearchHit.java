package io.careers.contracts.api.articles;

import io.careers.contracts.http.Identifier;
import io.careers.contracts.id.IdentifierFormat;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

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
public record SearchHit(@Identifier(IdentifierFormat.SLUG) String slug, @NotNull @Size(max = 500) String title,
                        @Nullable @Size(max = 5000) String summary, @Nullable @Size(max = 100) String category,
                        @NotNull Instant publishedAt, @NotNull @Size(max = 5000) String snippet) {
}
