package io.careers.articles.article;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/**
 * A live article's place, for sitemaps.
 *
 * @param slug      current slug
 * @param updatedAt when its live revision went live
 */
@Serdeable
public record ArticleLocation(String slug, Instant updatedAt) {
    /**
     * The answer of {@code GET /api/v1/articles/locations}: an object, so it can grow.
     *
     * @param locations every live article, by slug
     */
    @Serdeable
    public record All(List<ArticleLocation> locations) {
    }
}
