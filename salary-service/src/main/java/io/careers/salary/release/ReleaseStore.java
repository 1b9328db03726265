package io.careers.salary.release;

import io.careers.contracts.salary.ReleaseCompletion;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** SQL on the {@code release} table, on the caller's transaction. */
@Singleton
public class ReleaseStore {
    private static final String COLUMNS = "release_id, reference_period, survey, expected_count, received_count, "
        + "status, completion_received_at, promoted_at";

    private final JdbcOperations jdbc;

    ReleaseStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Registers releases first seen in estimates, and returns the period each release has.
     *
     * @param periods release id to the reference period its estimates give
     * @return release id to the reference period stored (the first one seen)
     */
    public Map<String, String> register(Map<String, String> periods) {
        return jdbc.execute(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO release (release_id, reference_period) "
                + "SELECT * FROM unnest(?::text[], ?::text[]) ON CONFLICT DO NOTHING")) {
                s.setArray(1, c.createArrayOf("text", periods.keySet().toArray()));
                s.setArray(2, c.createArrayOf("text", periods.values().toArray()));
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement(
                "SELECT release_id, reference_period FROM release WHERE release_id = ANY(?)")) {
                s.setArray(1, c.createArrayOf("text", periods.keySet().toArray()));
                try (ResultSet rs = s.executeQuery()) {
                    Map<String, String> stored = new HashMap<>();
                    while (rs.next()) {
                        stored.put(rs.getString(1), rs.getString(2));
                    }
                    return stored;
                }
            }
        });
    }

    /**
     * Counts newly stored estimates of a release.
     *
     * @param releaseId the release
     * @param count     new distinct estimates
     * @return the release's status (the row stays locked until commit)
     */
    public ReleaseStatus addReceived(String releaseId, long count) {
        return jdbc.execute(c -> {
            try (PreparedStatement s = c.prepareStatement(
                "UPDATE release SET received_count = received_count + ? WHERE release_id = ? RETURNING status")) {
                s.setLong(1, count);
                s.setString(2, releaseId);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return ReleaseStatus.valueOf(rs.getString(1));
                }
            }
        });
    }

    /**
     * @param releaseId a release
     * @return it, locked for update until commit
     */
    public Optional<ReleaseRow> lock(String releaseId) {
        return query("SELECT " + COLUMNS + " FROM release WHERE release_id = ? FOR UPDATE", releaseId).stream().findFirst();
    }

    /** @return the current release, locked for update until commit */
    public Optional<ReleaseRow> lockCurrent() {
        return query("SELECT " + COLUMNS + " FROM release WHERE status = 'CURRENT' FOR UPDATE", null).stream().findFirst();
    }

    /** @return every release, newest period first */
    public List<ReleaseRow> all() {
        return query("SELECT " + COLUMNS + " FROM release ORDER BY reference_period DESC, release_id", null);
    }

    /**
     * Stores a completion record; a repeated one changes nothing.
     *
     * @param completion the record
     */
    public void recordCompletion(ReleaseCompletion completion) {
        jdbc.execute(c -> {
            try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO release (release_id, reference_period, survey, expected_count, completion_received_at)
                VALUES (?, ?, ?, ?, now())
                ON CONFLICT (release_id) DO UPDATE SET survey = EXCLUDED.survey,
                    expected_count = EXCLUDED.expected_count,
                    completion_received_at = COALESCE(release.completion_received_at, EXCLUDED.completion_received_at)
                WHERE release.survey IS DISTINCT FROM EXCLUDED.survey
                   OR release.expected_count IS DISTINCT FROM EXCLUDED.expected_count
                   OR release.completion_received_at IS NULL
                """)) {
                s.setString(1, completion.releaseId());
                s.setString(2, completion.referencePeriod());
                s.setString(3, completion.survey());
                s.setLong(4, completion.estimateCount());
                return s.executeUpdate();
            }
        });
    }

    /**
     * @param releaseId the release
     * @param status    its new status; leaving PENDING records when
     */
    public void setStatus(String releaseId, ReleaseStatus status) {
        jdbc.execute(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE release SET status = ?, "
                + "promoted_at = COALESCE(promoted_at, CASE WHEN ? <> 'PENDING' THEN now() END) WHERE release_id = ?")) {
                s.setString(1, status.name());
                s.setString(2, status.name());
                s.setString(3, releaseId);
                return s.executeUpdate();
            }
        });
    }

    /**
     * @param releaseId a release
     * @return how many estimates it holds, counted
     */
    public long countEstimates(String releaseId) {
        return jdbc.execute(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM wage_estimate WHERE release_id = ?")) {
                s.setString(1, releaseId);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    private List<ReleaseRow> query(String sql, String parameter) {
        return jdbc.execute(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                if (parameter != null) {
                    s.setString(1, parameter);
                }
                try (ResultSet rs = s.executeQuery()) {
                    List<ReleaseRow> rows = new ArrayList<>();
                    while (rs.next()) {
                        rows.add(row(rs));
                    }
                    return rows;
                }
            }
        });
    }

    private static ReleaseRow row(ResultSet rs) throws SQLException {
        long expected = rs.getLong(4);
        Long expectedCount = rs.wasNull() ? null : expected;
        Timestamp completed = rs.getTimestamp(7);
        Timestamp promoted = rs.getTimestamp(8);
        return new ReleaseRow(rs.getString(1), rs.getString(2), rs.getString(3), expectedCount, rs.getLong(5),
            ReleaseStatus.valueOf(rs.getString(6)), completed == null ? null : completed.toInstant(),
            promoted == null ? null : promoted.toInstant());
    }
}
