package io.careers.messaging;

import io.careers.contracts.DeadLetterHeaders;
import io.careers.contracts.gateway.ListingViewed;
import io.careers.messaging.inbound.InvalidRecordException;
import io.careers.testkit.Eventually;
import io.careers.testkit.KafkaTestClient;
import io.careers.testkit.TestInfrastructure;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Dead letters and idempotent consumption, against real PostgreSQL and Kafka. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InboundProcessingIT implements TestPropertyProvider {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private final KafkaTestClient kafka = KafkaTestClient.forTests();

    @Inject
    AppliedViews views;
    @Inject
    ObjectMapper json;

    @Override
    public Map<String, String> getProperties() {
        return TestInfrastructure.micronautProperties("inbound");
    }

    @AfterAll
    void closeClient() {
        kafka.close();
    }

    @Test
    void malformedRecordIsDeadLetteredWithHeadersAndTheNextRecordIsProcessed() throws IOException {
        String key = "listing-" + UUID.randomUUID();
        byte[] garbage = "{\"eventId\": not json".getBytes(StandardCharsets.UTF_8);
        RecordMetadata bad = kafka.send(TestTopics.INBOUND, key, garbage, Map.of("trace", "t-1"));
        kafka.send(TestTopics.INBOUND, key, view(key, UUID.randomUUID()));

        Eventually.await("the good record after the malformed one", WAIT, () -> views.views(key) == 1);

        ConsumerRecord<byte[], byte[]> letter = deadLetterFor(bad);
        assertArrayEquals(key.getBytes(StandardCharsets.UTF_8), letter.key(), "key bytes unchanged");
        assertArrayEquals(garbage, letter.value(), "value bytes unchanged");
        assertTrue(header(letter, DeadLetterHeaders.REASON).startsWith("the value is not valid JSON"),
            header(letter, DeadLetterHeaders.REASON));
        assertEquals(InvalidRecordException.class.getName(), header(letter, DeadLetterHeaders.EXCEPTION));
        assertEquals(TestTopics.INBOUND, header(letter, DeadLetterHeaders.ORIGINAL_TOPIC));
        assertEquals(Integer.toString(bad.partition()), header(letter, DeadLetterHeaders.ORIGINAL_PARTITION));
        assertEquals(Long.toString(bad.offset()), header(letter, DeadLetterHeaders.ORIGINAL_OFFSET));
        assertEquals("t-1", header(letter, "trace"), "original headers are kept");
    }

    @Test
    void recordBreakingTheSchemaIsDeadLetteredNamingTheField() throws IOException {
        String key = "listing-" + UUID.randomUUID();
        String invalid = "{\"eventId\":\"" + UUID.randomUUID() + "\",\"eventType\":\"ListingViewed\","
            + "\"occurredAt\":\"2026-11-27T10:00:00Z\",\"schemaVersion\":1,\"listingId\":\"\"}";
        RecordMetadata bad = kafka.send(TestTopics.INBOUND, key, invalid);
        kafka.send(TestTopics.INBOUND, key, view(key, UUID.randomUUID()));
        Eventually.await("the good record", WAIT, () -> views.views(key) == 1);

        String reason = header(deadLetterFor(bad), DeadLetterHeaders.REASON);
        assertTrue(reason.contains("listingId: must be at least 1 characters long"), reason);
        assertTrue(reason.contains("slug: is required"), reason);
    }

    @Test
    void tombstoneOnATopicThatTakesNoneIsDeadLettered() throws IOException {
        String key = "listing-" + UUID.randomUUID();
        RecordMetadata bad = kafka.send(TestTopics.INBOUND, key, null, Map.of());
        kafka.send(TestTopics.INBOUND, key, view(key, UUID.randomUUID()));
        Eventually.await("the good record", WAIT, () -> views.views(key) == 1);
        assertTrue(header(deadLetterFor(bad), DeadLetterHeaders.REASON).contains("tombstone"));
    }

    @Test
    void oversizedRecordIsDeadLettered() throws IOException {
        String key = "listing-" + UUID.randomUUID();
        byte[] big = new byte[2 * 1024 * 1024];
        Arrays.fill(big, (byte) ' ');
        RecordMetadata bad = kafka.send(TestTopics.INBOUND, key, big, Map.of());
        kafka.send(TestTopics.INBOUND, key, view(key, UUID.randomUUID()));
        Eventually.await("the good record", WAIT, () -> views.views(key) == 1);
        assertTrue(header(deadLetterFor(bad), DeadLetterHeaders.REASON).contains("more than the limit"));
    }

    @Test
    void duplicateIsAppliedOnce() throws IOException {
        String key = "listing-" + UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        kafka.send(TestTopics.INBOUND, key, view(key, eventId));
        kafka.send(TestTopics.INBOUND, key, view(key, eventId));
        String marker = "marker-" + UUID.randomUUID();
        kafka.send(TestTopics.INBOUND, key, view(marker, UUID.randomUUID()));
        Eventually.await("the marker after the duplicate", WAIT, () -> views.views(marker) == 1);
        assertEquals(1, views.views(key));
    }

    @Test
    void recordTheHandlerRejectsIsDeadLetteredAndTheRestOfTheBatchIsApplied() throws IOException {
        String poison = "poison-" + UUID.randomUUID();
        String good = "listing-" + UUID.randomUUID();
        RecordMetadata bad = kafka.send(TestTopics.INBOUND, good, view(poison, UUID.randomUUID()));
        kafka.send(TestTopics.INBOUND, good, view(good, UUID.randomUUID()));
        Eventually.await("the record after the poison one", WAIT, () -> views.views(good) == 1);
        ConsumerRecord<byte[], byte[]> letter = deadLetterFor(bad);
        assertEquals(IllegalStateException.class.getName(), header(letter, DeadLetterHeaders.EXCEPTION));
        assertTrue(header(letter, DeadLetterHeaders.REASON).contains("cannot be counted"));
        assertEquals(0, views.views(poison), "the failed record's write is rolled back with its inbox claim");
    }

    private String view(String listingId, UUID eventId) throws IOException {
        ListingViewed event = ListingViewed.of(listingId, "medical-records-administration");
        return json.writeValueAsString(new ListingViewed(eventId, event.eventType(), event.occurredAt(),
            event.schemaVersion(), event.listingId(), event.slug()));
    }

    private ConsumerRecord<byte[], byte[]> deadLetterFor(RecordMetadata original) {
        List<ConsumerRecord<byte[], byte[]>> letters = kafka.readUntil(TestTopics.INBOUND + ".dlt",
            records -> records.stream().anyMatch(r -> isLetterOf(r, original)), WAIT);
        return letters.stream().filter(r -> isLetterOf(r, original)).findFirst()
            .orElseThrow(() -> new AssertionError("no dead letter for offset " + original.offset()));
    }

    private static boolean isLetterOf(ConsumerRecord<byte[], byte[]> letter, RecordMetadata original) {
        return Long.toString(original.offset()).equals(header(letter, DeadLetterHeaders.ORIGINAL_OFFSET))
            && Integer.toString(original.partition()).equals(header(letter, DeadLetterHeaders.ORIGINAL_PARTITION));
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        return KafkaTestClient.header(record, name);
    }
}
