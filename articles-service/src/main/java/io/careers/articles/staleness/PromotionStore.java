package io.careers.articles.staleness;

import io.careers.contracts.salary.ReleasePromoted;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The promotions seen on {@code salary.release-events.v1}; a redelivered one changes nothing. */
@Singleton
class PromotionStore {
    private static final String COLUMNS = "release_id, reference_period, previous_release_id, previous_reference_period,"
        + " changed_occupations, promoted_at";

    private final JdbcOperations jdbc;

    PromotionStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    void save(List<ReleasePromoted> events) {
        jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO release_promotion (" + COLUMNS + ", survey)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (release_id) DO NOTHING")) {
                for (ReleasePromoted e : events) {
                    ps.setString(1, e.releaseId());
                    ps.setString(2, e.referencePeriod());
                    ps.setString(3, e.previousReleaseId());
                    ps.setString(4, e.previousReferencePeriod());
                    ps.setArray(5, c.createArrayOf("text", e.changedOccupations().toArray()));
                    ps.setTimestamp(6, Timestamp.from(e.occurredAt()));
                    ps.setString(7, e.survey());
                    ps.addBatch();
                }
                return ps.executeBatch();
            }
        });
    }

    /** @return the most recent promotion */
    Optional<Promotion> latest() {
        return one("SELECT " + COLUMNS + " FROM release_promotion ORDER BY promoted_at DESC, release_id DESC LIMIT 1", null);
    }

    Optional<Promotion> of(String releaseId) {
        return one("SELECT " + COLUMNS + " FROM release_promotion WHERE release_id = ?", releaseId);
    }

    private Optional<Promotion> one(String sql, String parameter) {
        return jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                if (parameter != null) {
                    ps.setString(1, parameter);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(promotion(rs)) : Optional.empty();
                }
            }
        });
    }

    private static Promotion promotion(ResultSet rs) throws SQLException {
        return new Promotion(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            Arrays.asList((String[]) rs.getArray(5).getArray()), rs.getTimestamp(6).toInstant());
    }
}
