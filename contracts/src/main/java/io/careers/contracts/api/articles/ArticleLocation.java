package io.careers.contracts.api.articles;

import io.careers.contracts.http.Identifier;
import io.careers.contracts.id.IdentifierFormat;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;

/**
 * A live article's place, for sitemaps.
 *
 * @param slug      current slug
 * @param updatedAt when its live revision went live
 */
@Serdeable
public record ArticleLocation(@Identifier(IdentifierFormat.SLUG) String slug, @NotNull Instant updatedAt) {
    /**
     * The answer of {@code GET /api/v1/articles/locations}: an object, so it can grow.
     *
     * @param locations every live article, by slug
     */
    @Serdeable
    public record All(@NotNull @Size(max = 50_000) List<@Valid @NotNull ArticleLocation> locations) {
    }
}
