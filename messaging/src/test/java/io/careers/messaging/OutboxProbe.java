package io.careers.messaging;

import io.careers.contracts.ContractEvent;
import io.careers.contracts.gateway.ListingViewed;
import io.careers.messaging.outbox.OutboxWriter;
import io.careers.testkit.KafkaTestClient;
import io.micronaut.context.ApplicationContext;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.TransactionOperations;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Writes numbered events through the outbox and reads back what reached Kafka. Keys are unique
 * per test run, so tests sharing the topic do not see each other's events.
 */
final class OutboxProbe {
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final KafkaTestClient kafka;

    OutboxProbe(KafkaTestClient kafka) {
        this.kafka = kafka;
    }

    String key(int k) {
        return run + "-key-" + k;
    }

    /** Writes event number {@code seq} for a key in its own committed transaction. */
    ListingViewed write(ApplicationContext context, String key, int seq) {
        ListingViewed event = ListingViewed.of(key, "seq-" + seq);
        TransactionOperations<Connection> tx = transactions(context);
        tx.executeWrite(status -> {
            context.getBean(OutboxWriter.class).append(TestTopics.OUTBOX, key, event);
            return null;
        });
        return event;
    }

    @SuppressWarnings("unchecked")
    static TransactionOperations<Connection> transactions(ApplicationContext context) {
        return context.getBean(TransactionOperations.class);
    }

    /** Reads this run's events from Kafka until {@code expected} have arrived (or a while after). */
    /** Longer than many relay polls (50 ms in the tests): nothing more is on its way. */
    private static final Duration QUIET = Duration.ofSeconds(1);

    List<ListingViewed> published(ObjectMapper json, int expected, Duration timeout) {
        kafka.readUntil(TestTopics.OUTBOX, rs -> rs.stream().filter(this::ours).count() >= expected, timeout);
        // Then everything the topic holds once it has been quiet for a while (many relay polls): a
        // late duplicate is seen, not cut off at the expected count.
        List<ConsumerRecord<byte[], byte[]>> records = kafka.readAll(TestTopics.OUTBOX, QUIET);
        List<ListingViewed> events = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> r : records) {
            if (ours(r)) {
                assertEquals(ListingViewed.TYPE, KafkaTestClient.header(r, ContractEvent.EVENT_TYPE_HEADER));
                try {
                    events.add(json.readValue(r.value(), ListingViewed.class));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return events;
    }

    private boolean ours(ConsumerRecord<byte[], byte[]> record) {
        return record.key() != null && KafkaTestClient.text(record.key()).startsWith(run);
    }

    /** Sequence numbers per key, in the order Kafka holds them. */
    static Map<String, List<Integer>> sequencesByKey(List<ListingViewed> events) {
        Map<String, List<Integer>> byKey = new LinkedHashMap<>();
        for (ListingViewed e : events) {
            byKey.computeIfAbsent(e.listingId(), k -> new ArrayList<>())
                .add(Integer.parseInt(e.slug().substring("seq-".length())));
        }
        return byKey;
    }

}
