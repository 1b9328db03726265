package io.careers.messaging.outbox;

import io.careers.contracts.ContractEvent;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;

/**
 * Writes events to the outbox table inside the caller's transaction, so an event is published if
 * and only if the change it describes commits.
 *
 * <p>Each write takes a transaction-scoped advisory lock on its topic and key. Two transactions
 * writing events for the same key are thereby serialised: the second one's row gets a higher id
 * and commits later, so the relay's id order is the per-key commit order.
 */
@Singleton
public class OutboxWriter {
    private static final String LOCK_KEYS =
        "SELECT pg_advisory_xact_lock(hashtextextended(k, 0)) FROM unnest(?::text[]) AS k ORDER BY k";
    private static final String INSERT =
        "INSERT INTO messaging.outbox (topic, message_key, event_id, event_type, payload) VALUES (?, ?, ?, ?, ?)";

    private final JdbcOperations jdbc;
    private final ObjectMapper json;

    OutboxWriter(JdbcOperations jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Adds one event to the outbox.
     *
     * @param topic topic to publish to
     * @param key   Kafka key
     * @param event the event
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void append(String topic, String key, ContractEvent event) {
        appendAll(List.of(new OutgoingEvent(topic, key, event)));
    }

    /**
     * Adds events to the outbox in one batch, in list order.
     *
     * @param events the events
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void appendAll(List<OutgoingEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        jdbc.execute(connection -> {
            lockKeys(connection, events);
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (OutgoingEvent e : events) {
                    insert.setString(1, e.topic());
                    insert.setString(2, e.key());
                    insert.setObject(3, e.event().eventId());
                    insert.setString(4, e.event().eventType());
                    insert.setString(5, serialize(e.event()));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
    }

    private static void lockKeys(Connection connection, List<OutgoingEvent> events) throws java.sql.SQLException {
        String[] keys = events.stream().map(e -> e.topic() + ":" + e.key()).distinct().toArray(String[]::new);
        try (PreparedStatement lock = connection.prepareStatement(LOCK_KEYS)) {
            lock.setArray(1, connection.createArrayOf("text", keys));
            lock.execute();
        }
    }

    private String serialize(ContractEvent event) {
        try {
            return json.writeValueAsString(event);
        } catch (IOException e) {
            throw new UncheckedIOException("could not serialise " + event.eventType(), e);
        }
    }
}
