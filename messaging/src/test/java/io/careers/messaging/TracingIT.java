package io.careers.messaging;

import io.careers.contracts.gateway.ListingViewed;
import io.careers.testkit.Eventually;
import io.careers.testkit.KafkaTestClient;
import io.careers.testkit.TestInfrastructure;
import io.micronaut.context.ApplicationContext;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A trace goes on across Kafka and the outbox: an event written in a trace is published with that
 * trace's context in its headers, under a producer span of the same trace, although the relay runs
 * later on a thread of its own; a record that arrives with trace context is applied inside a
 * consumer span of that trace, so that what its handler writes continues it.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TracingIT implements TestPropertyProvider {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private final KafkaTestClient kafka = KafkaTestClient.forTests();

    @Inject
    ApplicationContext context;
    @Inject
    OpenTelemetry openTelemetry;
    @Inject
    InMemorySpanExporter spans;
    @Inject
    AppliedViews views;
    @Inject
    ObjectMapper json;

    @Override
    public Map<String, String> getProperties() {
        return TestInfrastructure.micronautProperties("tracing");
    }

    @AfterAll
    void closeClient() {
        kafka.close();
    }

    @Test
    void anEventWrittenInATraceIsPublishedInItUnderAProducerSpan() {
        OutboxProbe probe = new OutboxProbe(kafka);
        String key = probe.key(0);
        Span change = openTelemetry.getTracer("test").spanBuilder("an editor's change").startSpan();
        try (Scope ignored = change.makeCurrent()) {
            probe.write(context, key, 0);
        } finally {
            change.end();
        }
        String traceId = change.getSpanContext().getTraceId();

        List<ConsumerRecord<byte[], byte[]>> records = kafka.readUntil(TestTopics.OUTBOX,
            rs -> rs.stream().anyMatch(r -> key.equals(KafkaTestClient.text(r.key()))), WAIT);
        ConsumerRecord<byte[], byte[]> record = records.stream()
            .filter(r -> key.equals(KafkaTestClient.text(r.key()))).findFirst().orElseThrow();
        String traceparent = KafkaTestClient.header(record, "traceparent");

        assertTrue(traceparent != null && traceparent.startsWith("00-" + traceId + "-"), "the record's traceparent: " + traceparent);
        SpanData publish = Eventually.awaitValue("the relay's producer span", WAIT, () -> spans.getFinishedSpanItems().stream()
            .filter(s -> s.getKind() == SpanKind.PRODUCER && s.getTraceId().equals(traceId)).findFirst());
        assertEquals(TestTopics.OUTBOX + " publish", publish.getName());
        assertEquals(change.getSpanContext().getSpanId(), publish.getParentSpanId(), "a child of the change");
        assertTrue(traceparent.contains("-" + publish.getSpanId() + "-"), "consumers continue from the publish span");
    }

    @Test
    void aRecordWithTraceContextIsAppliedInsideAConsumerSpanOfItsTrace() throws IOException {
        String listing = "traced-" + UUID.randomUUID();
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String parentSpanId = "00f067aa0ba902b7";
        kafka.send(TestTopics.INBOUND, listing, json.writeValueAsBytes(ListingViewed.of(listing, "a-slug")),
            Map.of("traceparent", "00-" + traceId + "-" + parentSpanId + "-01"));

        Eventually.await("the view is applied", WAIT, () -> views.views(listing) == 1);

        assertEquals(traceId, views.traceOf(listing), "the handler ran in the record's trace");
        SpanData process = Eventually.awaitValue("the consumer span", WAIT, () -> spans.getFinishedSpanItems().stream()
            .filter(s -> s.getKind() == SpanKind.CONSUMER && s.getTraceId().equals(traceId)).findFirst());
        assertEquals(TestTopics.INBOUND + " process", process.getName());
        assertEquals(parentSpanId, process.getParentSpanId());
        assertEquals(AppliedViews.CONSUMER, process.getAttributes().get(AttributeKey.stringKey("messaging.consumer.group.name")),
            "the service's consumer group (messaging.consumer.group-id)");
    }

    @Test
    void aRecordWithoutTraceContextStartsNoTrace() throws IOException {
        String listing = "untraced-" + UUID.randomUUID();
        kafka.send(TestTopics.INBOUND, listing, json.writeValueAsString(ListingViewed.of(listing, "a-slug")));

        Eventually.await("the view is applied", WAIT, () -> views.views(listing) == 1);

        assertEquals(Optional.of("00000000000000000000000000000000"), Optional.ofNullable(views.traceOf(listing)));
    }
}
