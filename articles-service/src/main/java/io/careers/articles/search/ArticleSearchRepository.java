package io.careers.articles.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.UUID;

/**
 * Full-text search over live articles (migration V2): every word must start a word of the title,
 * summary or text, stemmed ({@code records} finds "record"); a title close to what was typed is
 * found despite typing mistakes. Best match first: title words weigh most, then similarity.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ArticleSearchRepository extends GenericRepository<SearchableArticle, UUID> {
    /** How similar (pg_trgm word similarity, 0 to 1) typed words must be to a title to find it without matching. */
    String SIMILAR_ENOUGH = "0.45";
    /** Live articles that match; {@code :prefixes} is a {@code tsquery}, {@code :words} the words typed. */
    String MATCHING = """
         FROM article a, to_tsquery('english', :prefixes) q
        WHERE a.live_revision IS NOT NULL
          AND (CAST(:category AS text) IS NULL OR a.live_category = :category)
          AND (a.live_search @@ q OR word_similarity(:words, a.live_title) >= """ + SIMILAR_ENOUGH + ")";

    /**
     * @param prefixes the query as a {@code tsquery}
     * @param words    the words typed
     * @param category a category, or null for all
     * @return how many live articles match
     */
    @Query("SELECT count(*)" + MATCHING)
    long count(String prefixes, String words, @Nullable String category);

    /**
     * @param prefixes the query as a {@code tsquery}
     * @param words    the words typed
     * @param category a category, or null for all
     * @param headline {@code ts_headline} options: the marks around matches, the passage's length
     * @param limit    a page's size
     * @param offset   the matches before the page
     * @return a page of matches, best first
     */
    @Query("""
        SELECT a.live_slug AS slug, a.live_title AS title, a.live_summary AS summary, a.live_category AS category,
               a.first_published_at AS published_at,
               ts_headline('english', coalesce(a.live_text, ''), q, :headline) AS snippet"""
        + MATCHING + """

         ORDER BY ts_rank_cd(a.live_search, q) + word_similarity(:words, a.live_title) DESC,
                  a.live_published_at DESC, a.id
         LIMIT :limit OFFSET :offset""")
    List<SearchRow> search(String prefixes, String words, @Nullable String category, String headline, int limit,
                           long offset);
}
