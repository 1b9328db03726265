package io.careers.articles.article;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Slug ownership ({@link ArticleSlug}), on the caller's transaction. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface SlugRepository extends GenericRepository<ArticleSlug, String> {

    /** Claims a slug unless another article has it; waits for a concurrent claim of the same slug. */
    @Query("INSERT INTO article_slug (slug, article_id, claimed_at) VALUES (:slug, :articleId, :at) ON CONFLICT (slug) DO NOTHING")
    void claimUnlessTaken(String slug, UUID articleId, Instant at);

    /** @return the article that owns the slug */
    @Query("SELECT article_id FROM article_slug WHERE slug = :slug")
    Optional<UUID> ownerOf(String slug);

    /**
     * Claims a slug for an article, for good.
     *
     * @return whether the slug now belongs to the article (false: another article has it)
     */
    default boolean claim(String slug, UUID articleId, Instant at) {
        claimUnlessTaken(slug, articleId, at);
        return ownerOf(slug).filter(articleId::equals).isPresent();
    }

    /** Marks a slug as one readers have seen: from now on it resolves to the article. */
    @Query("UPDATE article_slug SET first_live_at = coalesce(first_live_at, :at) WHERE slug = :slug")
    void markLive(String slug, Instant at);

    /** @return every slug of the article that has been live, oldest first */
    @Query("SELECT slug FROM article_slug WHERE article_id = :articleId AND first_live_at IS NOT NULL ORDER BY first_live_at, slug")
    List<String> liveSlugsOf(UUID articleId);
}
