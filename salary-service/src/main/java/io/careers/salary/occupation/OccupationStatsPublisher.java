package io.careers.salary.occupation;

import io.careers.contracts.Topics;
import io.careers.messaging.outbox.OutboxWriter;
import io.careers.messaging.outbox.OutgoingEvent;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.List;

/** Announces occupations' figures as they stand in the current transaction, through the outbox. */
@Singleton
public class OccupationStatsPublisher {
    private final OccupationQueries queries;
    private final OutboxWriter outbox;

    OccupationStatsPublisher(OccupationQueries queries, OutboxWriter outbox) {
        this.queries = queries;
        this.outbox = outbox;
    }

    /** @param socs occupations whose figures, history or projection changed */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void publish(Collection<String> socs) {
        List<OutgoingEvent> events = queries.views(socs).values().stream()
            .map(view -> new OutgoingEvent(Topics.OCCUPATION_STATS, view.occupation().code(), view.toEvent()))
            .toList();
        outbox.appendAll(events);
    }
}
