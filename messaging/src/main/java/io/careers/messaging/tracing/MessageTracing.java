package io.careers.messaging.tracing;

import io.micronaut.core.annotation.Nullable;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapPropagator;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Carries trace context (W3C {@code traceparent}, or whatever {@code OTEL_PROPAGATORS} names) across
 * the platform's asynchronous hops: into Kafka record headers, into an outbox row beside its event
 * (a row is published later, by another thread or another instance), and out of a polled batch
 * into the span that applies it. What a consumer writes to its own outbox while it applies a batch
 * thereby continues the trace of the record that caused it.
 *
 * <p>Without an OpenTelemetry SDK (tools, tests that do not trace) every method is a cheap no-op.
 */
@Singleton
public class MessageTracing {
    private static final AttributeKey<String> SYSTEM = AttributeKey.stringKey("messaging.system");
    private static final AttributeKey<String> DESTINATION = AttributeKey.stringKey("messaging.destination.name");
    private static final AttributeKey<String> OPERATION = AttributeKey.stringKey("messaging.operation.type");
    private static final AttributeKey<Long> BATCH_SIZE = AttributeKey.longKey("messaging.batch.message_count");
    private static final AttributeKey<String> CONSUMER_GROUP = AttributeKey.stringKey("messaging.consumer.group.name");

    private final Tracer tracer;
    private final TextMapPropagator propagator;

    /** @param openTelemetry the application's OpenTelemetry, or null for none */
    public MessageTracing(@Nullable OpenTelemetry openTelemetry) {
        OpenTelemetry otel = openTelemetry == null ? OpenTelemetry.noop() : openTelemetry;
        this.tracer = otel.getTracer("io.careers.messaging");
        this.propagator = otel.getPropagators().getTextMapPropagator();
    }

    /**
     * @param context a context, usually {@link Context#current()} when an event is written to the outbox
     * @return its propagation headers as text to store beside the event, one {@code name: value} per
     *     line, or null when it carries no trace
     */
    @Nullable
    public String encode(Context context) {
        Map<String, String> carrier = new LinkedHashMap<>();
        propagator.inject(context, carrier, Map::put);
        if (carrier.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        carrier.forEach((name, value) -> text.append(name).append(": ").append(value).append('\n'));
        return text.toString();
    }

    /**
     * @param encoded what {@link #encode} made, or null
     * @return the context it describes (the root context when null or unreadable)
     */
    public Context decode(@Nullable String encoded) {
        if (encoded == null || encoded.isBlank()) {
            return Context.root();
        }
        Map<String, String> carrier = new LinkedHashMap<>();
        for (String line : encoded.split("\n")) {
            int colon = line.indexOf(": ");
            if (colon > 0) {
                carrier.put(line.substring(0, colon), line.substring(colon + 2));
            }
        }
        return propagator.extract(Context.root(), carrier, TextMaps.MAP_GETTER);
    }

    /**
     * Starts the span of publishing one record on behalf of {@code cause} and writes its context into
     * the record's headers, so that consumers continue from it. No span when the cause is not traced.
     *
     * @param cause  the context the event was written in
     * @param record the record about to be sent
     * @return the span, to {@link #end} once Kafka has answered
     */
    public Span publishing(Context cause, ProducerRecord<byte[], byte[]> record) {
        if (!Span.fromContext(cause).getSpanContext().isValid()) {
            return Span.getInvalid();
        }
        Span span = tracer.spanBuilder(record.topic() + " publish")
            .setParent(cause)
            .setSpanKind(SpanKind.PRODUCER)
            .setAttribute(SYSTEM, "kafka")
            .setAttribute(DESTINATION, record.topic())
            .setAttribute(OPERATION, "publish")
            .startSpan();
        propagator.inject(cause.with(span), record.headers(), TextMaps.HEADER_SETTER);
        return span;
    }

    /**
     * @param span    a span of {@link #publishing} (or of a batch's processing)
     * @param failure why the send (or the processing) failed, or null when it succeeded
     */
    public static void end(Span span, @Nullable Throwable failure) {
        if (failure != null) {
            span.recordException(failure);
            span.setStatus(StatusCode.ERROR);
        }
        span.end();
    }

    /**
     * @param record a consumed record
     * @return the context its producer wrote into its headers (the root context when none)
     */
    public Context contextOf(ConsumerRecord<?, ?> record) {
        return propagator.extract(Context.root(), record.headers(), TextMaps.HEADER_GETTER);
    }

    /**
     * Runs the processing of one polled batch inside a consumer span: the child of the first traced
     * record's context, linked to every other context in the batch (the OpenTelemetry convention for
     * batches; a batch of one publisher's records, a release say, is one trace).
     *
     * @param group   the consumer group, or the listener's name
     * @param records the batch
     * @param work    what processes it; it may throw
     */
    public void consuming(String group, List<? extends ConsumerRecord<?, ?>> records, Runnable work) {
        Context parent = null;
        Set<SpanContext> causes = new LinkedHashSet<>();
        Set<String> topics = new LinkedHashSet<>();
        for (ConsumerRecord<?, ?> record : records) {
            topics.add(record.topic());
            Context context = contextOf(record);
            SpanContext cause = Span.fromContext(context).getSpanContext();
            if (cause.isValid() && causes.add(cause) && parent == null) {
                // The first traced record's whole context (baggage too) is the parent.
                parent = context;
            }
        }
        if (parent == null) {
            work.run();
            return;
        }
        String destination = String.join(",", topics);
        SpanBuilder builder = tracer.spanBuilder(destination + " process")
            .setParent(parent)
            .setSpanKind(SpanKind.CONSUMER)
            .setAttribute(SYSTEM, "kafka")
            .setAttribute(DESTINATION, destination)
            .setAttribute(OPERATION, "process")
            .setAttribute(CONSUMER_GROUP, group)
            .setAttribute(BATCH_SIZE, (long) records.size());
        causes.stream().skip(1).forEach(builder::addLink);
        Span span = builder.startSpan();
        Throwable failure = null;
        try (Scope ignored = span.makeCurrent()) {
            work.run();
        } catch (RuntimeException | Error e) {
            failure = e;
            throw e;
        } finally {
            end(span, failure);
        }
    }
}
