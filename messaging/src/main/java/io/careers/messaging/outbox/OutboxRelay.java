package io.careers.messaging.outbox;

import io.careers.messaging.kafka.MessagingProducer;
import io.careers.messaging.tracing.MessageTracing;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;

/**
 * Publishes committed outbox rows to Kafka, in id order, at least once.
 *
 * <p>Each cycle is one database transaction that first takes a transaction-scoped advisory lock:
 * when several instances of a service run, one publishes and the others skip the cycle, so rows are
 * not published twice in the normal case; if the publishing instance dies, its connection closes,
 * the lock is released and another instance goes on (no stall). Rows are marked published only
 * after Kafka acknowledged them; a crash between the two publishes them again (consumers are
 * idempotent). When a send fails, only the rows before it are marked, so a key's later events never
 * overtake an earlier one.
 *
 * <p>The relay never abandons a send: it waits for the producer's verdict (see
 * {@link io.careers.messaging.kafka.ProducerSettings}), so a broker stall shorter than the delivery
 * timeout delays events but publishes none twice. Rows whose send failed after it was handed to
 * Kafka may be on the broker all the same; they are sent again and counted in
 * {@code messaging.outbox.unconfirmed}, the bound on duplicates that consumers outside the platform
 * may see.
 */
@Singleton
@Requires(beans = TransactionOperations.class)
public class OutboxRelay {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);
    private static final Duration PURGE_EVERY = Duration.ofMinutes(10);
    private static final Duration DRAIN_AT_SHUTDOWN = Duration.ofSeconds(5);

    private final TransactionOperations<Connection> transactions;
    private final RowPublisher publisher;
    private final OutboxConfiguration config;
    private final RelayMetrics metrics;

    private final ReentrantLock cycle = new ReentrantLock();
    /** Set by a commit that wrote to the outbox: the cycle running then drains once more. */
    private final AtomicBoolean nudged = new AtomicBoolean();
    private final AtomicBoolean nudgeQueued = new AtomicBoolean();
    private final ExecutorService nudges = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "outbox-nudge");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean running = true;
    private volatile Duration backoff = Duration.ZERO;
    private Instant nextAttempt = Instant.MIN;
    private Instant nextPurge = Instant.MIN;

    OutboxRelay(TransactionOperations<Connection> transactions,
                MessagingProducer producer,
                MessageTracing tracing,
                OutboxConfiguration config,
                @Nullable MeterRegistry meters) {
        this.transactions = transactions;
        this.publisher = new RowPublisher(producer, tracing);
        this.config = config;
        this.metrics = new RelayMetrics(meters);
    }

    /** Runs on the scheduler: relays until the outbox is drained or a publish fails. */
    @Scheduled(fixedDelay = "${messaging.outbox.poll-interval:100ms}", initialDelay = "${messaging.outbox.initial-delay:1s}")
    void poll() {
        if (!running || !config.enabled() || Instant.now().isBefore(nextAttempt) || !cycle.tryLock()) {
            return;
        }
        try {
            RelayResult result;
            do {
                nudged.set(false);
                result = drain(() -> running);
            } while (result.failure() == null && nudged.get() && running);
            if (result.failure() != null) {
                fail(result.failure());
            } else {
                backoff = Duration.ZERO;
            }
            purgeNowAndThen();
        } catch (RuntimeException e) {
            fail(e);
        } finally {
            cycle.unlock();
        }
    }

    /**
     * Relays now instead of at the next poll: {@link OutboxWriter} calls it once a transaction that
     * wrote to the outbox has committed, so an event leaves within milliseconds of its change, not up
     * to a poll interval later. Nudges coalesce: at most one waits while a cycle runs, and that cycle
     * drains once more before it ends. The poll stays, for rows of other instances and after failures.
     */
    public void nudge() {
        nudged.set(true);
        if (running && nudgeQueued.compareAndSet(false, true)) {
            nudges.execute(() -> {
                nudgeQueued.set(false);
                poll();
            });
        }
    }

    /**
     * Relays batch after batch while full batches suggest more is pending and {@code goOn} holds.
     *
     * @return the last batch's outcome
     */
    private RelayResult drain(BooleanSupplier goOn) {
        RelayResult result;
        do {
            result = relayOnce();
        } while (goOn.getAsBoolean() && result.failure() == null && result.published() == config.batchSize());
        return result;
    }

    /**
     * Publishes one batch of pending rows, if this instance holds the relay lock.
     *
     * @return how many rows were published, and the failure that stopped the batch, if any
     */
    public RelayResult relayOnce() {
        return transactions.executeWrite(status -> {
            Connection connection = status.getConnection();
            if (!OutboxStore.tryLockRelay(connection)) {
                return new RelayResult(0, null);
            }
            List<OutboxRow> rows = OutboxStore.pending(connection, config.batchSize());
            metrics.pending(rows);
            if (rows.isEmpty()) {
                return new RelayResult(0, null);
            }
            RowPublisher.Outcome outcome = publisher.publish(rows);
            List<Long> acknowledged = outcome.acknowledged();
            metrics.published(rows, acknowledged.size(), outcome.sent());
            OutboxStore.markPublished(connection, acknowledged);
            return new RelayResult(acknowledged.size(), outcome.failure());
        });
    }

    private void fail(Exception e) {
        metrics.failed();
        backoff = backoff.isZero() ? Duration.ofMillis(100) : backoff.multipliedBy(2);
        if (backoff.compareTo(config.maxBackoff()) > 0) {
            backoff = config.maxBackoff();
        }
        nextAttempt = Instant.now().plus(backoff);
        LOG.warn("Outbox relay could not publish ({}); retrying in {} ms", e.toString(), backoff.toMillis());
    }

    private void purgeNowAndThen() {
        if (Instant.now().isBefore(nextPurge)) {
            return;
        }
        nextPurge = Instant.now().plus(PURGE_EVERY);
        int purged = transactions.executeWrite(status ->
            OutboxStore.purgePublishedBefore(status.getConnection(), config.retention()));
        if (purged > 0) {
            LOG.debug("Purged {} published outbox rows", purged);
        }
    }

    /**
     * Stops relaying. A healthy relay first publishes what is pending, for a few seconds at most, so
     * that a graceful stop leaves nothing for the next start; a relay that is waiting out a broker
     * outage is not waited for (its rows stay in the outbox and the next start publishes them).
     */
    @PreDestroy
    void stop() {
        running = false;
        nudges.shutdown();
        if (!config.enabled() || !backoff.isZero() || !cycle.tryLock()) {
            return;
        }
        try {
            Instant giveUp = Instant.now().plus(DRAIN_AT_SHUTDOWN);
            drain(() -> Instant.now().isBefore(giveUp));
        } catch (RuntimeException e) {
            LOG.warn("Outbox relay could not drain at shutdown ({}); the next start publishes the rest", e.toString());
        } finally {
            cycle.unlock();
        }
    }

    /**
     * Outcome of one relay cycle.
     *
     * @param published rows published and marked
     * @param failure   what stopped the cycle early, or null
     */
    public record RelayResult(int published, @Nullable Exception failure) {
    }
}
