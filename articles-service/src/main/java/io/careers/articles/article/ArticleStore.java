package io.careers.articles.article;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The {@code article} table (workflow state and copies of live fields) and slug ownership. */
@Singleton
class ArticleStore {
    private static final String COLUMNS = "id, status, latest_revision, live_revision, scheduled_revision, publish_at,"
        + " first_published_at, live_published_at, created_at, created_by, updated_at";

    private final JdbcOperations jdbc;

    ArticleStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    void insert(ArticleRow row) {
        jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO article (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setObject(1, row.id());
                bindState(ps, row, 2);
                ps.setTimestamp(9, Timestamp.from(row.createdAt()));
                ps.setString(10, row.createdBy());
                ps.setTimestamp(11, Timestamp.from(row.updatedAt()));
                return ps.executeUpdate();
            }
        });
    }

    /** @return the article, locked until the transaction ends: edits of one article queue up */
    Optional<ArticleRow> lock(UUID id) {
        return select("SELECT " + COLUMNS + " FROM article WHERE id = ? FOR UPDATE", id);
    }

    Optional<ArticleRow> find(UUID id) {
        return select("SELECT " + COLUMNS + " FROM article WHERE id = ?", id);
    }

    /** Writes the workflow state; the live copies stay as they are (the live revision did not change). */
    void updateState(ArticleRow row) {
        jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE article SET status = ?, latest_revision = ?,"
                + " live_revision = ?, scheduled_revision = ?, publish_at = ?, first_published_at = ?,"
                + " live_published_at = ?, updated_at = ? WHERE id = ?")) {
                bindState(ps, row, 1);
                ps.setTimestamp(8, Timestamp.from(row.updatedAt()));
                ps.setObject(9, row.id());
                return ps.executeUpdate();
            }
        });
    }

    /**
     * Writes the workflow state and the copies of the live revision's fields.
     *
     * @param row  the new state
     * @param live the live revision's content, or null when nothing is live
     */
    void update(ArticleRow row, @Nullable ArticleContent live) {
        jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE article SET status = ?, latest_revision = ?,"
                + " live_revision = ?, scheduled_revision = ?, publish_at = ?, first_published_at = ?,"
                + " live_published_at = ?, updated_at = ?, live_slug = ?, live_title = ?, live_summary = ?,"
                + " live_category = ? WHERE id = ?")) {
                bindState(ps, row, 1);
                ps.setTimestamp(8, Timestamp.from(row.updatedAt()));
                ps.setString(9, live == null ? null : live.slug());
                ps.setString(10, live == null ? null : live.title());
                ps.setString(11, live == null ? null : live.summary());
                ps.setString(12, live == null ? null : live.category());
                ps.setObject(13, row.id());
                return ps.executeUpdate();
            }
        });
    }

    /**
     * Claims a slug for an article, for good. Waits for a concurrent claim of the same slug.
     *
     * @return whether the slug now belongs to the article (false: another article has it)
     */
    boolean claimSlug(String slug, UUID articleId, Instant at) {
        return jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO article_slug (slug, article_id, claimed_at)"
                + " VALUES (?, ?, ?) ON CONFLICT (slug) DO NOTHING")) {
                ps.setString(1, slug);
                ps.setObject(2, articleId);
                ps.setTimestamp(3, Timestamp.from(at));
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT article_id FROM article_slug WHERE slug = ?")) {
                ps.setString(1, slug);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return articleId.equals(rs.getObject(1, UUID.class));
                }
            }
        });
    }

    /** Marks a slug as one readers have seen: from now on it resolves to the article. */
    void markLive(String slug, Instant at) {
        jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                "UPDATE article_slug SET first_live_at = coalesce(first_live_at, ?) WHERE slug = ?")) {
                ps.setTimestamp(1, Timestamp.from(at));
                ps.setString(2, slug);
                return ps.executeUpdate();
            }
        });
    }

    /** @return every slug of the article that has been live, oldest first */
    List<String> liveSlugsOf(UUID articleId) {
        return jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT slug FROM article_slug"
                + " WHERE article_id = ? AND first_live_at IS NOT NULL ORDER BY first_live_at, slug")) {
                ps.setObject(1, articleId);
                List<String> slugs = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        slugs.add(rs.getString(1));
                    }
                }
                return slugs;
            }
        });
    }

    /** @return ids of scheduled publishes due at {@code now}, locked; rows another instance holds are skipped */
    List<UUID> lockDue(Instant now, int limit) {
        return jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM article WHERE publish_at <= ?"
                + " ORDER BY publish_at LIMIT ? FOR UPDATE SKIP LOCKED")) {
                ps.setTimestamp(1, Timestamp.from(now));
                ps.setInt(2, limit);
                List<UUID> due = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        due.add(rs.getObject(1, UUID.class));
                    }
                }
                return due;
            }
        });
    }

    private Optional<ArticleRow> select(String sql, UUID id) {
        return jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setObject(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(row(rs)) : Optional.empty();
                }
            }
        });
    }

    private static void bindState(PreparedStatement ps, ArticleRow row, int first) throws SQLException {
        ps.setString(first, row.status().name());
        ps.setInt(first + 1, row.latestRevision());
        ps.setObject(first + 2, row.liveRevision());
        ps.setObject(first + 3, row.scheduledRevision());
        ps.setTimestamp(first + 4, timestamp(row.publishAt()));
        ps.setTimestamp(first + 5, timestamp(row.firstPublishedAt()));
        ps.setTimestamp(first + 6, timestamp(row.livePublishedAt()));
    }

    private static Timestamp timestamp(@Nullable Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    private static ArticleRow row(ResultSet rs) throws SQLException {
        return new ArticleRow(rs.getObject("id", UUID.class), ArticleStatus.valueOf(rs.getString("status")),
            rs.getInt("latest_revision"), (Integer) rs.getObject("live_revision"),
            (Integer) rs.getObject("scheduled_revision"), instant(rs, "publish_at"),
            instant(rs, "first_published_at"), instant(rs, "live_published_at"), instant(rs, "created_at"),
            rs.getString("created_by"), instant(rs, "updated_at"));
    }
}
