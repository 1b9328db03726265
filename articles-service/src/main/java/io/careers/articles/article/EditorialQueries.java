package io.careers.articles.article;

import io.careers.contracts.http.PageRequest;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The editors' list: every article in any state, by its newest revision. */
@Singleton
class EditorialQueries {
    private final JdbcOperations jdbc;

    EditorialQueries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    EditorialPage list(@Nullable ArticleStatus status, PageRequest paging) {
        String state = status == null ? null : status.name();
        return jdbc.execute(c -> {
            long total;
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM article WHERE (?::text IS NULL OR status = ?)")) {
                ps.setString(1, state);
                ps.setString(2, state);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<EditorialItem> items = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT a.id, r.document ->> 'slug', r.document ->> 'title', a.status,"
                + " a.latest_revision, a.live_revision, a.publish_at, a.updated_at FROM article a"
                + " JOIN article_revision r ON r.article_id = a.id AND r.revision = a.latest_revision"
                + " WHERE (?::text IS NULL OR a.status = ?) ORDER BY a.updated_at DESC, a.id LIMIT ? OFFSET ?")) {
                ps.setString(1, state);
                ps.setString(2, state);
                ps.setInt(3, paging.size());
                ps.setLong(4, paging.offset());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Timestamp publishAt = rs.getTimestamp(7);
                        items.add(new EditorialItem(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                            ArticleStatus.valueOf(rs.getString(4)), rs.getInt(5), (Integer) rs.getObject(6),
                            publishAt == null ? null : publishAt.toInstant(), rs.getTimestamp(8).toInstant()));
                    }
                }
            }
            return new EditorialPage(items, paging.page(), paging.size(), total, paging.pagesOf(total));
        });
    }
}
