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
        String[] keys = events.stream().map(e -> e.topic() + ":" + e.key()).distinct().toArray(String[]::new);
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

    private String serialize(ContractEvent event) {
        try {
            return json.writeValueAsString(event);
        } catch (IOException e) {
            throw new UncheckedIOException("could not serialise " + event.eventType(), e);
        }
    }
}
