package io.careers.messaging;

import io.careers.contracts.gateway.ListingViewed;
import io.careers.messaging.outbox.OutboxWriter;
import io.careers.testkit.KafkaCluster;
import io.careers.testkit.KafkaTestClient;
import io.careers.testkit.TestInfrastructure;
import io.micronaut.context.ApplicationContext;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
