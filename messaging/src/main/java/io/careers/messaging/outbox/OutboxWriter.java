package io.careers.messaging.outbox;

import io.careers.contracts.ContractEvent;
import io.careers.messaging.tracing.MessageTracing;
import io.micronaut.context.BeanProvider;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.transaction.support.TransactionSynchronization;
import io.opentelemetry.context.Context;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

/**
 * Writes events to the outbox table inside the caller's transaction, so an event is published if
 * and only if the change it describes commits.
 *
 * <p>Each write takes a transaction-scoped advisory lock on its topic and key. Two transactions
 * writing events for the same key are thereby serialised: the second one's row gets a higher id
 * and commits later, so the relay's id order is the per-key commit order.
 *
 * <p>An event that states how its key stands now (a snapshot, which consumers keep per key by
 * {@code occurredAt}) must also be read under that lock: {@link #appendSnapshots}.
 */
@Singleton
public class OutboxWriter {
    private final JdbcOperations jdbc;
    private final ObjectMapper json;
    private final TransactionOperations<Connection> transactions;
    private final BeanProvider<OutboxRelay> relay;
    private final MessageTracing tracing;

    OutboxWriter(JdbcOperations jdbc, ObjectMapper json, TransactionOperations<Connection> transactions,
                 BeanProvider<OutboxRelay> relay, MessageTracing tracing) {
        this.jdbc = jdbc;
        this.json = json;
        this.transactions = transactions;
        this.relay = relay;
        this.tracing = tracing;
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
     * Adds events to the outbox in one batch, in list order. Each row keeps the current trace
     * context, so that its publication and consumption continue the trace of what caused it.
     *
     * @param events the events
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void appendAll(List<OutgoingEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        String[] keys = events.stream().map(e -> lockName(e.topic(), e.key())).distinct().toArray(String[]::new);
        List<String> payloads = events.stream().map(e -> serialize(e.event())).toList();
        String traceContext = tracing.encode(Context.current());
        jdbc.execute(connection -> {
            OutboxStore.lockKeys(connection, keys);
            OutboxStore.insert(connection, events, payloads, traceContext);
            return null;
        });
        // Once the change commits, its events go at once rather than at the relay's next poll.
        transactions.findTransactionStatus().ifPresent(status -> status.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                relay.ifPresent(OutboxRelay::nudge);
            }
        }));
    }

    /**
     * Adds events that state how their keys stand, read only once this transaction holds those keys'
     * locks. A snapshot read before the lock could miss a change that another transaction is about to
     * commit, and still be written after that transaction's own snapshot, with a later
     * {@code occurredAt}: a consumer that keeps the newest snapshot per key would then keep the one
     * without the change, for good. Under the lock, a later snapshot is read after the earlier one's
     * commit (under READ COMMITTED, each statement sees what was committed before it began).
     *
     * @param topic    topic of every event {@code snapshot} returns
     * @param keys     their keys
     * @param snapshot reads the state and makes the events, in the caller's transaction
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void appendSnapshots(String topic, Collection<String> keys, Supplier<List<OutgoingEvent>> snapshot) {
        if (keys.isEmpty()) {
            return;
        }
        String[] locked = keys.stream().map(key -> lockName(topic, key)).distinct().toArray(String[]::new);
        jdbc.execute(connection -> {
            OutboxStore.lockKeys(connection, locked);
            return null;
        });
        appendAll(snapshot.get());
    }

    /** The one name of a key's lock: a snapshot must take the very lock its events' writes take. */
    private static String lockName(String topic, String key) {
        return topic + ":" + key;
    }

    private String serialize(ContractEvent event) {
        try {
            return json.writeValueAsString(event);
        } catch (IOException e) {
            throw new UncheckedIOException("could not serialise " + event.eventType(), e);
        }
    }
}
