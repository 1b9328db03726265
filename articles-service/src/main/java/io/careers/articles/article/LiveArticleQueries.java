package io.careers.articles.article;

import io.careers.contracts.http.PageRequest;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Reads of what readers see: live revisions only. */
@Singleton
public class LiveArticleQueries {
    private static final String LIVE = "SELECT a.id, a.live_revision, a.first_published_at, a.live_published_at, r.document"
        + " FROM article a JOIN article_revision r ON r.article_id = a.id AND r.revision = a.live_revision";

    private final JdbcOperations jdbc;
    private final RevisionStore revisions;

    LiveArticleQueries(JdbcOperations jdbc, RevisionStore revisions) {
        this.jdbc = jdbc;
        this.revisions = revisions;
    }

    /** @return the live article that has this slug, or had it while it was live */
    public Optional<LiveArticle> bySlug(String slug) {
        return jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement(LIVE + " JOIN article_slug s ON s.article_id = a.id"
                + " WHERE s.slug = ? AND s.first_live_at IS NOT NULL")) {
                ps.setString(1, slug);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(live(rs)) : Optional.empty();
                }
            }
        });
    }

    /** @return every live article: the staleness report reads them all */
    public List<LiveArticle> all() {
        return jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement(LIVE + " WHERE a.live_revision IS NOT NULL ORDER BY a.id")) {
                List<LiveArticle> live = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        live.add(live(rs));
                    }
                }
                return live;
            }
        });
    }

    /** @return the live articles among {@code ids}, in the order of {@code ids} */
    List<RelatedArticle> related(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, RelatedArticle> found = jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, live_slug, live_title FROM article"
                + " WHERE id = ANY (?) AND live_revision IS NOT NULL")) {
                ps.setArray(1, c.createArrayOf("uuid", ids.toArray()));
                Map<UUID, RelatedArticle> rows = new HashMap<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        UUID id = rs.getObject(1, UUID.class);
                        rows.put(id, new RelatedArticle(id, rs.getString(2), rs.getString(3)));
                    }
                }
                return rows;
            }
        });
        return ids.stream().filter(found::containsKey).map(found::get).toList();
    }

    ArticlesPage list(@Nullable String category, PageRequest paging) {
        return jdbc.execute(c -> {
            long total;
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM article"
                + " WHERE live_revision IS NOT NULL AND (?::text IS NULL OR live_category = ?)")) {
                ps.setString(1, category);
                ps.setString(2, category);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<ArticleSummary> items = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, live_slug, live_title, live_summary, live_category,"
                + " live_revision, first_published_at, live_published_at FROM article"
                + " WHERE live_revision IS NOT NULL AND (?::text IS NULL OR live_category = ?)"
                + " ORDER BY live_published_at DESC, id LIMIT ? OFFSET ?")) {
                ps.setString(1, category);
                ps.setString(2, category);
                ps.setInt(3, paging.size());
                ps.setLong(4, paging.offset());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        items.add(new ArticleSummary(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getInt(6), rs.getTimestamp(7).toInstant(),
                            rs.getTimestamp(8).toInstant()));
                    }
                }
            }
            return new ArticlesPage(items, paging.page(), paging.size(), total, paging.pagesOf(total));
        });
    }

    private LiveArticle live(ResultSet rs) throws SQLException {
        return new LiveArticle(rs.getObject(1, UUID.class), rs.getInt(2), rs.getTimestamp(3).toInstant(),
            rs.getTimestamp(4).toInstant(), revisions.read(rs.getString(5)));
    }
}
