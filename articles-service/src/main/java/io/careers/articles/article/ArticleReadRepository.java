package io.careers.articles.article;

import io.careers.contracts.api.articles.ArticleLocation;
import io.careers.contracts.api.articles.ArticleStatus;
import io.careers.contracts.api.articles.ArticleSummary;
import io.careers.contracts.api.articles.RelatedArticle;
import io.micronaut.core.annotation.Introspected;
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
 * The list and page reads of articles, as projections: readers' reads see live revisions only,
 * editors' reads every article by its newest revision.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ArticleReadRepository extends GenericRepository<ArticleRow, UUID> {
    /** A live article with its live revision's document. */
    String LIVE = """
        SELECT a.id, a.live_revision, a.first_published_at, a.live_published_at, CAST(r.document AS text) AS document
          FROM article a JOIN article_revision r ON r.article_id = a.id AND r.revision = a.live_revision""";
    /** Live articles, all or of one category. */
    String LIVE_IN_CATEGORY = " FROM article WHERE live_revision IS NOT NULL"
        + " AND (CAST(:category AS text) IS NULL OR live_category = :category)";
    /** Articles in any state, all or in one. */
    String IN_STATE = " WHERE (CAST(:status AS text) IS NULL OR a.status = :status)";

    /**
     * @param slug a slug
     * @return the live article that has it, or had it while it was live
     */
    @Query(LIVE + " JOIN article_slug s ON s.article_id = a.id WHERE s.slug = :slug AND s.first_live_at IS NOT NULL")
    Optional<LiveRow> liveBySlug(String slug);

    /** @return every live article */
    @Query(LIVE + " WHERE a.live_revision IS NOT NULL ORDER BY a.id")
    List<LiveRow> allLive();

    /**
     * @param ids articles
     * @return the live ones among them, in no particular order
     */
    @Query("SELECT id, live_slug AS slug, live_title AS title FROM article WHERE id IN (:ids) AND live_revision IS NOT NULL")
    List<RelatedArticle> liveAmong(Collection<UUID> ids);

    /**
     * @param limit the most to return
     * @return where each live article is and when it last changed, by slug
     */
    @Query("SELECT live_slug AS slug, live_published_at AS updated_at FROM article WHERE live_revision IS NOT NULL"
        + " ORDER BY live_slug LIMIT :limit")
    List<ArticleLocation> locations(int limit);

    /**
     * @param category a category, or null for all
     * @return how many live articles it has
     */
    @Query("SELECT count(*)" + LIVE_IN_CATEGORY)
    long countLive(@Nullable String category);

    /**
     * @param category a category, or null for all
     * @param limit    a page's size
     * @param offset   the articles before the page
     * @return a page of its live articles, most recently published first
     */
    @Query("SELECT id, live_slug AS slug, live_title AS title, live_summary AS summary, live_category AS category,"
        + " live_revision AS revision, first_published_at AS published_at, live_published_at AS revised_at"
        + LIVE_IN_CATEGORY + " ORDER BY live_published_at DESC, id LIMIT :limit OFFSET :offset")
    List<ArticleSummary> live(@Nullable String category, int limit, long offset);

    /**
     * @param status a state ({@link ArticleStatus} name), or null for all
     * @return how many articles are in it
     */
    @Query("SELECT count(*) FROM article a" + IN_STATE)
    long countInState(@Nullable String status);

    /**
     * @param status a state ({@link ArticleStatus} name), or null for all
     * @param limit  a page's size
     * @param offset the articles before the page
     * @return a page of its articles, by their newest revision, most recently changed first
     */
    @Query("SELECT a.id, r.document ->> 'slug' AS slug, r.document ->> 'title' AS title, a.status,"
        + " a.latest_revision AS revision, a.live_revision, a.publish_at, a.updated_at FROM article a"
        + " JOIN article_revision r ON r.article_id = a.id AND r.revision = a.latest_revision" + IN_STATE
        + " ORDER BY a.updated_at DESC, a.id LIMIT :limit OFFSET :offset")
    List<EditorialItem> inState(@Nullable String status, int limit, long offset);

    /**
     * A live article as stored: its live revision's document is JSON text.
     *
     * @param id                the article
     * @param liveRevision      the revision readers see
     * @param firstPublishedAt  its first publication
     * @param livePublishedAt   when the live revision went live
     * @param document          the live revision's content, as JSON
     */
    @Introspected
    record LiveRow(UUID id, int liveRevision, Instant firstPublishedAt, Instant livePublishedAt, String document) {
    }
}
