package io.careers.messaging;

import io.careers.contracts.gateway.ListingViewed;
import io.careers.messaging.outbox.OutboxWriter;
import io.careers.messaging.outbox.OutgoingEvent;
import io.careers.testkit.Eventually;
import io.careers.testkit.KafkaCluster;
import io.careers.testkit.KafkaTestClient;
import io.careers.testkit.TestInfrastructure;
import io.micronaut.context.ApplicationContext;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The transactional outbox against real PostgreSQL and Kafka, with the relay running. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutboxIT implements TestPropertyProvider {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private final KafkaTestClient kafka = KafkaTestClient.forTests();

    @Inject
    ApplicationContext context;
    @Inject
    ObjectMapper json;

    @Override
    public Map<String, String> getProperties() {
        return TestInfrastructure.micronautProperties("outbox");
    }

    @AfterAll
    void closeClient() {
        kafka.close();
    }

    @Test
    void committedEventsArePublishedOnceInOrderPerKey() throws InterruptedException {
        OutboxProbe probe = new OutboxProbe(kafka);
        int keys = 4;
        int perKey = 25;
        // Writers for different keys run concurrently; each key's events are written in sequence.
        List<Thread> writers = new ArrayList<>();
        for (int k = 0; k < keys; k++) {
            String key = probe.key(k);
            Thread writer = new Thread(() -> IntStream.range(0, perKey).forEach(seq -> probe.write(context, key, seq)));
            writer.start();
            writers.add(writer);
        }
        for (Thread w : writers) {
            w.join();
        }
        List<ListingViewed> published = probe.published(json, keys * perKey, WAIT);

        assertEquals(keys * perKey, published.size(), "every committed event once");
        assertEquals(keys * perKey, published.stream().map(ListingViewed::eventId).distinct().count());
        OutboxProbe.sequencesByKey(published).forEach((key, seqs) ->
            assertEquals(IntStream.range(0, perKey).boxed().toList(), seqs, "order of " + key));
    }

    @Test
    void eventOfARolledBackTransactionIsNeverPublished() {
        OutboxProbe probe = new OutboxProbe(kafka);
        String key = probe.key(0);
        assertThrows(IllegalStateException.class, () -> OutboxProbe.transactions(context).executeWrite(status -> {
            context.getBean(OutboxWriter.class).append(TestTopics.OUTBOX, key, ListingViewed.of(key, "seq-0"));
            throw new IllegalStateException("the change failed after the event was written");
        }));
        probe.write(context, key, 1);

        List<ListingViewed> published = probe.published(json, 1, WAIT);
        assertEquals(List.of(1), OutboxProbe.sequencesByKey(published).get(key));
    }

    @Test
    void aSnapshotIsReadAfterTheChangeAnotherTransactionIsCommittingForItsKey() throws Exception {
        OutboxProbe probe = new OutboxProbe(kafka);
        String key = probe.key(0);
        JdbcOperations jdbc = context.getBean(JdbcOperations.class);
        OutboxProbe.transactions(context).executeWrite(status -> jdbc.execute(c -> {
            c.createStatement().execute("CREATE TABLE IF NOT EXISTS snapshot_state (key text PRIMARY KEY, state text)");
            c.createStatement().execute("INSERT INTO snapshot_state VALUES ('" + key + "', 'before')");
            return null;
        }));
        // The first transaction changes the state and writes its snapshot, then holds its commit.
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        CompletableFuture<Void> changing = CompletableFuture.runAsync(() -> OutboxProbe.transactions(context).executeWrite(status -> {
            jdbc.execute(c -> c.createStatement().executeUpdate("UPDATE snapshot_state SET state = 'after' WHERE key = '" + key + "'"));
            writeSnapshot(jdbc, key);
            written.countDown();
            await(commit);
            return null;
        }));
        await(written);
        // A second one, of another change or none, snapshots the same key meanwhile: it waits for the lock.
        CompletableFuture<Void> concurrent = CompletableFuture.runAsync(() -> OutboxProbe.transactions(context)
            .executeWrite(status -> writeSnapshot(jdbc, key)));
        Eventually.await("the second snapshot waiting for the key's lock", WAIT, () -> jdbc.execute(c -> {
            var waiting = c.createStatement().executeQuery("SELECT count(*) FROM pg_locks l JOIN pg_stat_activity a USING (pid) "
                + "WHERE l.locktype = 'advisory' AND NOT l.granted AND a.datname = current_database()");
            waiting.next();
            return waiting.getInt(1) > 0;
        }));
        commit.countDown();
        changing.get(30, TimeUnit.SECONDS);
        concurrent.get(30, TimeUnit.SECONDS);

        List<ListingViewed> published = probe.published(json, 2, WAIT);
        ListingViewed newest = published.stream().max(Comparator.comparing(ListingViewed::occurredAt)).orElseThrow();
        assertEquals(newest, published.get(published.size() - 1), "the newest snapshot is published last: " + published);
        assertEquals("after", newest.slug(), "the newest snapshot has the committed change: " + published);
    }

    /** Writes the key's state as it stands, as a snapshot event (its slug). */
    private Object writeSnapshot(JdbcOperations jdbc, String key) {
        context.getBean(OutboxWriter.class).appendSnapshots(TestTopics.OUTBOX, List.of(key), () -> jdbc.execute(c -> {
            var state = c.createStatement().executeQuery("SELECT state FROM snapshot_state WHERE key = '" + key + "'");
            assertTrue(state.next());
            return List.of(new OutgoingEvent(TestTopics.OUTBOX, key, ListingViewed.of(key, state.getString(1))));
        }));
        return null;
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(30, TimeUnit.SECONDS), "timed out at a barrier");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Test
    void eventsCommittedWhileKafkaIsDownArePublishedWhenItIsBack() {
        KafkaCluster cluster = TestInfrastructure.kafka();
        assumeTrue("embedded".equals(cluster.origin()), "needs a broker this test can stop");
        OutboxProbe probe = new OutboxProbe(kafka);
        String key = probe.key(0);
        Set<UUID> written = new HashSet<>();
        cluster.stop();
        try {
            for (int seq = 0; seq < 20; seq++) {
                written.add(probe.write(context, key, seq).eventId());
            }
            sleep(Duration.ofSeconds(3)); // the relay fails and backs off meanwhile
        } finally {
            cluster.start();
        }
        List<ListingViewed> published = probe.published(json, 20, Duration.ofSeconds(60));
        Set<UUID> seen = new HashSet<>();
        published.forEach(e -> seen.add(e.eventId()));
        assertEquals(written, seen, "every committed event, at least once");
        List<Integer> order = OutboxProbe.sequencesByKey(published).get(key);
        assertEquals(IntStream.range(0, 20).boxed().toList(), order.stream().distinct().toList(), "in order");
        assertFalse(order.isEmpty());
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
