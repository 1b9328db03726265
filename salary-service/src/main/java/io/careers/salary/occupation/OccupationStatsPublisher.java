package io.careers.salary.occupation;

import io.careers.contracts.Topics;
import io.careers.messaging.outbox.OutboxWriter;
import io.careers.messaging.outbox.OutgoingEvent;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.Collection;

/** Announces occupations' figures as they stand in the current transaction, through the outbox. */
@Singleton
public class OccupationStatsPublisher {
    private final OccupationQueries queries;
    private final OutboxWriter outbox;

    OccupationStatsPublisher(OccupationQueries queries, OutboxWriter outbox) {
        this.queries = queries;
        this.outbox = outbox;
    }

    /**
     * Each event is the whole state of its occupation, and consumers keep the newest per code. So the
     * state is read under the outbox's lock of those codes: a projection batch that read it while a
     * promotion was still uncommitted would otherwise announce the old current release after the
     * promotion's own event, and articles would show the old figures until the next change.
     *
     * @param socs occupations whose figures, history or projection changed
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void publish(Collection<String> socs) {
        outbox.appendSnapshots(Topics.OCCUPATION_STATS, socs, () -> queries.views(socs).values().stream()
            .map(view -> new OutgoingEvent(Topics.OCCUPATION_STATS, view.occupation().code(), view.toEvent()))
            .toList());
    }
}
