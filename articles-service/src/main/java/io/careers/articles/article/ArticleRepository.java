package io.careers.articles.article;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@code article} table, on the caller's transaction: each article's workflow state
 * ({@link ArticleRow}) and the copies of its live revision's fields that the public list reads.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ArticleRepository extends GenericRepository<ArticleRow, UUID> {

    /** @param row a new article; nothing of it is live yet */
    void save(ArticleRow row);

    /** @return the article as stored now */
    Optional<ArticleRow> findById(UUID id);

    /**
     * @param ids article ids
     * @return those of them that exist
     */
    List<UUID> findIdByIdIn(Collection<UUID> ids);

    /** @return the article, locked until the transaction ends: edits of one article queue up */
    @Query("SELECT * FROM article WHERE id = :id FOR UPDATE")
    Optional<ArticleRow> lock(UUID id);

    /** Writes the workflow state; the live copies stay as they are (the live revision did not change). */
    void update(ArticleRow row);

    /**
     * Writes the copies of the live revision's fields, all null when nothing is live.
     *
     * @param id       the article
     * @param slug     the live slug
     * @param title    the live title
     * @param summary  the live summary
     * @param category the live category
     * @param text     the live text search reads ({@code SearchText})
     */
    @Query("""
        UPDATE article SET live_slug = :slug, live_title = :title, live_summary = :summary, live_category = :category,
               live_text = :text
        WHERE id = :id""")
    void updateLiveCopies(UUID id, @Nullable String slug, @Nullable String title, @Nullable String summary,
                          @Nullable String category, @Nullable String text);

    /**
     * Writes the workflow state and the copies of the live revision's fields.
     *
     * @param row  the new state
     * @param live the live revision's content, or null when nothing is live
     */
    default void update(ArticleRow row, @Nullable ArticleContent live) {
        update(row);
        updateLiveCopies(row.id(), live == null ? null : live.slug(), live == null ? null : live.title(),
            live == null ? null : live.summary(), live == null ? null : live.category(),
            live == null ? null : SearchText.of(live));
    }

    /** @return ids of scheduled publishes due at {@code now}, locked; rows another instance holds are skipped */
    @Query("SELECT id FROM article WHERE publish_at <= :now ORDER BY publish_at LIMIT :limit FOR UPDATE SKIP LOCKED")
    List<UUID> lockDue(Instant now, int limit);
}
