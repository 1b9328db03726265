package io.careers.salary.release;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The per-batch hot path of releases, as set-based SQL on the caller's transaction: registering the
 * releases a batch of estimates names, and counting its receipts. Everything else about releases
 * is {@link ReleaseRepository}.
 */
@Singleton
public class ReleaseStore {
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
     * Counts newly stored estimates, on a row per release, part and shard (the Kafka partition), so
     * that consumers of different partitions never contend for one counter.
     *
     * @param received release id to where they came from to new distinct estimates
     */
    public void addReceipts(Map<String, Map<ReceiptShard, Long>> received) {
        List<String> releases = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        List<Integer> shards = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        received.forEach((release, byShard) -> byShard.forEach((shard, count) -> {
            releases.add(release);
            parts.add(shard.part());
            shards.add(shard.shard());
            counts.add(count);
        }));
        if (releases.isEmpty()) {
            return;
        }
        jdbc.execute(c -> {
            try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO release_receipt (release_id, part, shard, received)
                SELECT * FROM unnest(?::text[], ?::text[], ?::int[], ?::bigint[])
                ON CONFLICT (release_id, part, shard) DO UPDATE SET received = release_receipt.received + EXCLUDED.received
                """)) {
                s.setArray(1, c.createArrayOf("text", releases.toArray()));
                s.setArray(2, c.createArrayOf("text", parts.toArray()));
                s.setArray(3, c.createArrayOf("integer", shards.toArray()));
                s.setArray(4, c.createArrayOf("bigint", counts.toArray()));
                return s.executeUpdate();
            }
        });
    }

    /**
     * Where new estimates came from: the part of the release their publisher named, and the Kafka
     * partition that delivered them.
     *
     * @param part  the part ({@code all} when the publisher named none)
     * @param shard the partition
     */
    public record ReceiptShard(String part, int shard) implements Comparable<ReceiptShard> {
        @Override
        public int compareTo(ReceiptShard other) {
            int byPart = part.compareTo(other.part);
            return byPart != 0 ? byPart : Integer.compare(shard, other.shard);
        }
    }

    /**
     * A release as a batch of estimates sees it.
     *
     * @param referencePeriod its period
     * @param status          its status
     */
    public record Registered(String referencePeriod, ReleaseStatus status) {
    }
}
