package io.careers.messaging.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The relay's SQL on the outbox table, run on the connection of the relay's transaction. */
final class OutboxStore {
    /**
     * Key of the transaction-scoped advisory lock that makes one instance the publisher for one
     * relay cycle. The two-integer form lives in a key space apart from the writers' per-key locks.
     */
    private static final int LOCK_CLASS = 0x0a7b0c;
    private static final int LOCK_OBJECT = 1;

    private OutboxStore() {
    }

    static boolean tryLockRelay(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT pg_try_advisory_xact_lock(?, ?)")) {
            s.setInt(1, LOCK_CLASS);
            s.setInt(2, LOCK_OBJECT);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    static List<OutboxRow> pending(Connection c, int limit) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
            "SELECT id, topic, message_key, event_type, payload FROM messaging.outbox "
                + "WHERE published_at IS NULL ORDER BY id LIMIT ?")) {
            s.setInt(1, limit);
            try (ResultSet rs = s.executeQuery()) {
                List<OutboxRow> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(new OutboxRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)));
                }
                return rows;
            }
        }
    }

    static void markPublished(Connection c, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(
            "UPDATE messaging.outbox SET published_at = now() WHERE id = ANY(?)")) {
            s.setArray(1, c.createArrayOf("bigint", ids.toArray()));
            s.executeUpdate();
        }
    }

    static int purgePublishedBefore(Connection c, Duration age) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
            "DELETE FROM messaging.outbox WHERE published_at < now() - make_interval(secs => ?)")) {
            s.setDouble(1, age.toMillis() / 1000.0);
            return s.executeUpdate();
        }
    }
}
