package io.careers.messaging.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * All SQL on the outbox table, the writers' and the relay's, run on the connection of the caller's
 * transaction. Explicit JDBC: it is the hot path of every service's writes and of the relay.
 */
final class OutboxStore {
    /**
     * Key of the transaction-scoped advisory lock that makes one instance the publisher for one
     * relay cycle. The two-integer form lives in a key space apart from the writers' per-key locks.
     */
    private static final int LOCK_CLASS = 0x0a7b0c;
    private static final int LOCK_OBJECT = 1;

    private OutboxStore() {
    }

    /**
     * Takes a transaction-scoped advisory lock per key, in one order, so that two writers of one key
     * are serialised (ids then follow the per-key commit order).
     */
    static void lockKeys(Connection c, String[] keys) throws SQLException {
        try (PreparedStatement lock = c.prepareStatement(
            "SELECT pg_advisory_xact_lock(hashtextextended(k, 0)) FROM unnest(?::text[]) AS k ORDER BY k")) {
            lock.setArray(1, c.createArrayOf("text", keys));
            lock.execute();
        }
    }

    /**
     * Inserts events in list order, one batch; {@code payloads} are their JSON, in the same order, and
     * {@code traceContext} the trace they were written in (null when none).
     */
    static void insert(Connection c, List<OutgoingEvent> events, List<String> payloads, String traceContext)
        throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO messaging.outbox "
            + "(topic, message_key, event_id, event_type, payload, trace_context) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < events.size(); i++) {
                OutgoingEvent e = events.get(i);
                insert.setString(1, e.topic());
                insert.setString(2, e.key());
                insert.setObject(3, e.event().eventId());
                insert.setString(4, e.event().eventType());
                insert.setString(5, payloads.get(i));
                insert.setString(6, traceContext);
                insert.addBatch();
            }
            insert.executeBatch();
        }
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
            "SELECT id, topic, message_key, event_type, payload, trace_context, created_at FROM messaging.outbox "
                + "WHERE published_at IS NULL ORDER BY id LIMIT ?")) {
            s.setInt(1, limit);
            try (ResultSet rs = s.executeQuery()) {
                List<OutboxRow> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(new OutboxRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant()));
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
