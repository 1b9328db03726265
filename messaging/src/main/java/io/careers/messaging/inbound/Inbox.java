package io.careers.messaging.inbound;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Remembers which events a consumer has applied, in the consumer's own transaction, so that a
 * redelivered event or a replay of a whole topic changes nothing. Events are known by their
 * {@code eventId}; records without one (a partner's feed) by their position in the topic.
 */
@Singleton
public class Inbox {
    private static final String CLAIM = "INSERT INTO messaging.inbox (consumer, event_id) "
        + "SELECT ?, id FROM unnest(?::uuid[]) AS id ON CONFLICT DO NOTHING RETURNING event_id";

    private final JdbcOperations jdbc;

    Inbox(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims a batch of decoded events and keeps those to apply: each event id once (the first
     * record carrying it), and only if the consumer has not applied it before.
     *
     * @param consumer the consumer (usually its group id)
     * @param batch    decoded records in consumption order
     * @param eventIdOf the event id of a decoded value
     * @param <T>      the decoded type
     * @return the records to apply, in consumption order
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public <T> List<Inbound<T>> claim(String consumer, List<Inbound<T>> batch, Function<T, UUID> eventIdOf) {
        return claimBy(consumer, batch, inbound -> eventIdOf.apply(inbound.value()));
    }

    /**
     * Claims records that carry no event id by their position (topic, partition, offset): a record
     * applied once is never applied again, however often it is consumed. A partner's feed record,
     * for one, replayed after a newer one would otherwise bring back what the newer one replaced.
     * The positions are those of the topic as it is: a topic deleted and created again starts over.
     *
     * @param consumer the consumer (usually its group id)
     * @param batch    decoded records in consumption order
     * @param <T>      the decoded type
     * @return the records never applied before, in consumption order
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public <T> List<Inbound<T>> claimByPosition(String consumer, List<Inbound<T>> batch) {
        return claimBy(consumer, batch, Inbound::positionId);
    }

    private <T> List<Inbound<T>> claimBy(String consumer, List<Inbound<T>> batch, Function<Inbound<T>, UUID> idOf) {
        Set<UUID> unclaimed = new HashSet<>(firstDeliveries(consumer, batch.stream().map(idOf).collect(Collectors.toSet())));
        List<Inbound<T>> toApply = new ArrayList<>(unclaimed.size());
        for (Inbound<T> inbound : batch) {
            if (unclaimed.remove(idOf.apply(inbound))) {
                toApply.add(inbound);
            }
        }
        return toApply;
    }

    /**
     * Claims an event for a consumer.
     *
     * @param consumer the consumer (usually its group id)
     * @param eventId  the event
     * @return true the first time, false when the consumer has applied it before
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public boolean firstDelivery(String consumer, UUID eventId) {
        return !firstDeliveries(consumer, Set.of(eventId)).isEmpty();
    }

    /**
     * Claims several events at once.
     *
     * @param consumer the consumer
     * @param eventIds the events
     * @return the ids applied for the first time; apply only these
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public Set<UUID> firstDeliveries(String consumer, Collection<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return Set.of();
        }
        return jdbc.execute(connection -> {
            try (PreparedStatement claim = connection.prepareStatement(CLAIM)) {
                claim.setString(1, consumer);
                claim.setArray(2, connection.createArrayOf("uuid", eventIds.toArray()));
                try (ResultSet rs = claim.executeQuery()) {
                    Set<UUID> first = new HashSet<>();
                    while (rs.next()) {
                        first.add(rs.getObject(1, UUID.class));
                    }
                    return first;
                }
            }
        });
    }
}
