package io.careers.messaging;

import io.careers.contracts.gateway.ListingViewed;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A commit that wrote to the outbox nudges the relay: its event is published at once, not at the
 * next poll. Here the relay never polls (its first poll is an hour away), so only the nudge can
 * publish anything.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutboxNudgeIT implements TestPropertyProvider {
    private final KafkaTestClient kafka = KafkaTestClient.forTests();

    @Inject
    ApplicationContext context;
    @Inject
    ObjectMapper json;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestInfrastructure.micronautProperties("outbox-nudge"));
        properties.put("messaging.outbox.initial-delay", "1h");
        properties.put("messaging.outbox.poll-interval", "1h");
        return properties;
    }

    @AfterAll
    void closeClient() {
        kafka.close();
    }

    @Test
    void aCommittedEventLeavesWithoutWaitingForAPoll() {
        OutboxProbe probe = new OutboxProbe(kafka);
        String key = probe.key(0);
        for (int seq = 0; seq < 3; seq++) {
            probe.write(context, key, seq);
        }

        List<ListingViewed> published = probe.published(json, 3, Duration.ofSeconds(10));

        assertEquals(List.of(0, 1, 2), OutboxProbe.sequencesByKey(published).get(key), "published, in order, by the nudges alone");
    }
}
