package io.careers.articles.article;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The {@code article_revision} table: every save of every article, never changed afterwards. */
@Singleton
class RevisionStore {
    private final JdbcOperations jdbc;
    private final ObjectMapper json;

    RevisionStore(JdbcOperations jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void add(UUID articleId, int revision, ArticleContent content, String author, Instant at, List<String> changes,
             @Nullable Integer restoredFrom) {
        String document = write(content);
        jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO article_revision"
                + " (article_id, revision, document, author, created_at, changes, restored_from)"
                + " VALUES (?, ?, ?::jsonb, ?, ?, ?, ?)")) {
                ps.setObject(1, articleId);
                ps.setInt(2, revision);
                ps.setString(3, document);
                ps.setString(4, author);
                ps.setTimestamp(5, Timestamp.from(at));
                ps.setArray(6, c.createArrayOf("text", changes.toArray()));
                ps.setObject(7, restoredFrom);
                return ps.executeUpdate();
            }
        });
    }

    Optional<ArticleContent> content(UUID articleId, int revision) {
        return jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                "SELECT document FROM article_revision WHERE article_id = ? AND revision = ?")) {
                ps.setObject(1, articleId);
                ps.setInt(2, revision);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(read(rs.getString(1))) : Optional.empty();
                }
            }
        });
    }

    /** @return the article's revisions, newest first */
    List<RevisionSummary> list(UUID articleId, @Nullable Integer liveRevision) {
        return jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT revision, author, created_at, changes, restored_from"
                + " FROM article_revision WHERE article_id = ? ORDER BY revision DESC")) {
                ps.setObject(1, articleId);
                List<RevisionSummary> revisions = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        int revision = rs.getInt(1);
                        Array changes = rs.getArray(4);
                        revisions.add(new RevisionSummary(revision, rs.getString(2), rs.getTimestamp(3).toInstant(),
                            Arrays.asList((String[]) changes.getArray()), (Integer) rs.getObject(5),
                            liveRevision != null && liveRevision == revision));
                    }
                }
                return revisions;
            }
        });
    }

    String write(ArticleContent content) {
        try {
            return json.writeValueAsString(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ArticleContent read(String document) {
        try {
            return json.readValue(document, ArticleContent.class);
        } catch (IOException e) {
            throw new UncheckedIOException("a stored revision does not read back as ArticleContent", e);
        }
    }
}
