package io.careers.articles.article;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.DataType;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The {@code article_revision} table: every save of every article, never changed afterwards. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface RevisionRepository extends GenericRepository<ArticleRow, UUID> {

    /**
     * @param articleId    the article
     * @param revision     its new revision number
     * @param document     the revision's content, as JSON
     * @param author       who saved it
     * @param createdAt    when
     * @param changes      the fields it changed
     * @param restoredFrom the revision it restores, or null
     */
    @Query("""
        INSERT INTO article_revision (article_id, revision, document, author, created_at, changes, restored_from)
        VALUES (:articleId, :revision, CAST(:document AS jsonb), :author, :createdAt, :changes, :restoredFrom)""")
    void add(UUID articleId, int revision, String document, String author, Instant createdAt,
             @TypeDef(type = DataType.STRING_ARRAY) String[] changes, @Nullable Integer restoredFrom);

    /**
     * @param articleId an article
     * @param revision  one of its revisions
     * @return that revision's content, as JSON
     */
    @Query("SELECT CAST(document AS text) FROM article_revision WHERE article_id = :articleId AND revision = :revision")
    Optional<String> document(UUID articleId, int revision);

    /**
     * @param articleId an article
     * @return its revisions, newest first
     */
    @Query("""
        SELECT revision, author, created_at, changes, restored_from FROM article_revision
        WHERE article_id = :articleId ORDER BY revision DESC""")
    List<RevisionRow> list(UUID articleId);

    /**
     * A revision's history entry, as stored.
     *
     * @param revision     its number
     * @param author       who saved it
     * @param createdAt    when
     * @param changes      the fields it changed
     * @param restoredFrom the revision it restores, or null
     */
    @Introspected
    record RevisionRow(int revision, String author, Instant createdAt,
                       @TypeDef(type = DataType.STRING_ARRAY) String[] changes, @Nullable Integer restoredFrom) {
    }
}
