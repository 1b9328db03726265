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
    private static final String RECEIVED =
        "(SELECT COALESCE(sum(received), 0) FROM release_receipt rr WHERE rr.release_id = release.release_id)";
    private static final String COLUMNS = "release_id, reference_period, survey, expected_count, " + RECEIVED + ", "
        + "status, completion_received_at, promoted_at";

    private final JdbcOperations jdbc;

    ReleaseStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Registers releases first seen in estimates and share-locks them until commit: batches of
     * estimates do not wait for each other, but a promotion waits for them, so no estimate with a
     * new key can slip into a release while it is being promoted.
     *
     * @param periods release id to the reference period its estimates give
     * @return release id to what is stored: the period (the first one seen) and the status
     */
    public Map<String, Registered> register(Map<String, String> periods) {
        return jdbc.execute(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO release (release_id, reference_period) "
                + "SELECT * FROM unnest(?::text[], ?::text[]) ON CONFLICT DO NOTHING")) {
                s.setArray(1, c.createArrayOf("text", periods.keySet().toArray()));
                s.setArray(2, c.createArrayOf("text", periods.values().toArray()));
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("SELECT release_id, reference_period, status FROM release "
                + "WHERE release_id = ANY(?) ORDER BY release_id FOR SHARE")) {
                s.setArray(1, c.createArrayOf("text", periods.keySet().toArray()));
                try (ResultSet rs = s.executeQuery()) {
                    Map<String, Registered> stored = new HashMap<>();
                    while (rs.next()) {
                        stored.put(rs.getString(1), new Registered(rs.getString(2), ReleaseStatus.valueOf(rs.getString(3))));
                    }
                    return stored;
                }
            }
        });
    }

    /**
     * Counts newly stored estimates, on a row per release and shard (the Kafka partition), so that
     * consumers of different partitions never contend for one counter.
     *
     * @param received release id to shard to new distinct estimates
     */
    public void addReceipts(Map<String, Map<Integer, Long>> received) {
        List<String> releases = new ArrayList<>();
        List<Integer> shards = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        received.forEach((release, byShard) -> byShard.forEach((shard, count) -> {
            releases.add(release);
            shards.add(shard);
            counts.add(count);
        }));
        if (releases.isEmpty()) {
            return;
        }
        jdbc.execute(c -> {
            try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO release_receipt (release_id, shard, received)
                SELECT * FROM unnest(?::text[], ?::int[], ?::bigint[])
                ON CONFLICT (release_id, shard) DO UPDATE SET received = release_receipt.received + EXCLUDED.received
                """)) {
                s.setArray(1, c.createArrayOf("text", releases.toArray()));
                s.setArray(2, c.createArrayOf("integer", shards.toArray()));
                s.setArray(3, c.createArrayOf("bigint", counts.toArray()));
                return s.executeUpdate();
            }
        });
    }

    /**
     * Locks a release for update, waiting for batches that share-locked it, then reads it with
     * every receipt those batches committed.
     *
     * @param releaseId a release
     * @return it, locked until commit
     */
    public Optional<ReleaseRow> lock(String releaseId) {
        jdbc.execute(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM release WHERE release_id = ? FOR UPDATE")) {
                s.setString(1, releaseId);
                return s.executeQuery().next();
            }
        });
        // A new statement: under READ COMMITTED it sees what the batches we waited for committed.
        return query("SELECT " + COLUMNS + " FROM release WHERE release_id = ?", releaseId).stream().findFirst();
    }

    /** @return PENDING releases whose completion record and announced number of estimates are in */
    public List<String> readyToPromote() {
        return jdbc.execute(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT release_id FROM release WHERE status = 'PENDING' "
                + "AND completion_received_at IS NOT NULL AND expected_count = " + RECEIVED
                + " ORDER BY reference_period, release_id")) {
                try (ResultSet rs = s.executeQuery()) {
                    List<String> ready = new ArrayList<>();
                    while (rs.next()) {
                        ready.add(rs.getString(1));
                    }
                    return ready;
                }
            }
        });
    }

    /** @return the current release, locked for update until commit */
    public Optional<ReleaseRow> lockCurrent() {
        return query("SELECT " + COLUMNS + " FROM release WHERE status = 'CURRENT' FOR UPDATE OF release", null)
            .stream().findFirst();
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

    /**
     * A release as a batch of estimates sees it.
     *
     * @param referencePeriod its period
     * @param status          its status
     */
    public record Registered(String referencePeriod, ReleaseStatus status) {
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
