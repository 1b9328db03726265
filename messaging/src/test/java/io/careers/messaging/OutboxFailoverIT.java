package io.careers.messaging;

import io.careers.contracts.gateway.ListingViewed;
import io.careers.messaging.outbox.OutboxRelay;
import io.careers.testkit.KafkaTestClient;
import io.careers.testkit.TestInfrastructure;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.serde.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The outbox across service restarts, relay crashes and several instances: each test starts its
 * own application contexts ("instances") on one shared database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutboxFailoverIT {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private final KafkaTestClient kafka = KafkaTestClient.forTests();

    @AfterAll
    void closeClient() {
        kafka.close();
    }

    private static ApplicationContext instance(Map<String, String> database, boolean relay) {
        Map<String, Object> props = new HashMap<>(database);
        props.put("messaging.outbox.enabled", Boolean.toString(relay));
        return ApplicationContext.run(props, Environment.TEST);
    }

    @Test
    void eventsLeftByAStoppedInstanceArePublishedByTheNextOne() {
        Map<String, String> db = TestInfrastructure.micronautProperties("outbox_restart");
        OutboxProbe probe = new OutboxProbe(kafka);
        Set<UUID> written = new HashSet<>();
        try (ApplicationContext stopped = instance(db, false)) {
            IntStream.range(0, 30).forEach(seq -> written.add(probe.write(stopped, probe.key(seq % 3), seq).eventId()));
        }
        try (ApplicationContext next = instance(db, true)) {
            List<ListingViewed> published = probe.published(next.getBean(ObjectMapper.class), 30, WAIT);
            assertEquals(written, published.stream().map(ListingViewed::eventId).collect(Collectors.toSet()));
            assertEquals(30, published.size(), "published once");
        }
    }

    @Test
    void aCrashAfterKafkaAcknowledgedButBeforeTheCommitPublishesAgainNotNever() {
        Map<String, String> db = TestInfrastructure.micronautProperties("outbox_crash");
        OutboxProbe probe = new OutboxProbe(kafka);
        Set<UUID> written = new HashSet<>();
        try (ApplicationContext crashing = instance(db, false)) {
            IntStream.range(0, 10).forEach(seq -> written.add(probe.write(crashing, probe.key(0), seq).eventId()));
            OutboxRelay relay = crashing.getBean(OutboxRelay.class);
            // The relay's cycle joins this transaction, which dies after the sends: nothing is marked.
            assertThrows(IllegalStateException.class, () -> OutboxProbe.transactions(crashing).executeWrite(status -> {
                assertEquals(10, relay.relayOnce().published());
                throw new IllegalStateException("process killed before commit");
            }));
        }
        try (ApplicationContext restarted = instance(db, true)) {
            List<ListingViewed> published = probe.published(restarted.getBean(ObjectMapper.class), 20, WAIT);
            assertEquals(20, published.size(), "the crashed batch, then the same batch again");
            assertEquals(written, published.stream().map(ListingViewed::eventId).collect(Collectors.toSet()));
            List<Integer> order = OutboxProbe.sequencesByKey(published).get(probe.key(0));
            List<Integer> once = IntStream.range(0, 10).boxed().toList();
            assertEquals(once, order.subList(0, 10));
            assertEquals(once, order.subList(10, 20));
        }
    }

    @Test
    void twoInstancesRelayingTheSameOutboxPublishEachEventOnce() throws InterruptedException {
        Map<String, String> db = TestInfrastructure.micronautProperties("outbox_two");
        OutboxProbe probe = new OutboxProbe(kafka);
        try (ApplicationContext a = instance(db, true); ApplicationContext b = instance(db, true)) {
            Thread writerA = new Thread(() -> IntStream.range(0, 100).forEach(seq -> probe.write(a, probe.key(seq % 5), seq)));
            Thread writerB = new Thread(() -> IntStream.range(100, 200).forEach(seq -> probe.write(b, probe.key(5 + seq % 5), seq)));
            writerA.start();
            writerB.start();
            writerA.join();
            writerB.join();
            List<ListingViewed> published = probe.published(a.getBean(ObjectMapper.class), 200, WAIT);
            assertEquals(200, published.size());
            assertEquals(200, published.stream().map(ListingViewed::eventId).distinct().count(), "no event twice");
            OutboxProbe.sequencesByKey(published).forEach((key, seqs) ->
                assertTrue(isAscending(seqs), "order of " + key + ": " + seqs));
        }
    }

    private static boolean isAscending(List<Integer> seqs) {
        for (int i = 1; i < seqs.size(); i++) {
            if (seqs.get(i) < seqs.get(i - 1)) {
                return false;
            }
        }
        return true;
    }
}
