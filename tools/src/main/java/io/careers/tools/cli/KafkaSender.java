package io.careers.tools.cli;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Sends records to Kafka reliably: idempotent producer, {@code acks=all}, order per key kept.
 * {@link #close()} waits for every acknowledgement and fails if any send failed.
 */
public final class KafkaSender implements AutoCloseable {
    private final KafkaProducer<String, String> producer;
    private final AtomicReference<Exception> failure = new AtomicReference<>();
    private final Map<TopicPartition, Long> lastOffsets = new ConcurrentHashMap<>();
    private final CliTrace trace;
    private final String servers;
    private final Map<String, String> traceHeaders;

    /**
     * @param broker Kafka, and who to connect as
     * @param what             what is sent, e.g. {@code release OEWS-2015-05}: names the run's trace
     */
    public KafkaSender(KafkaOptions broker, String what) {
        this.servers = broker.bootstrapServers;
        this.trace = CliTrace.start("publish " + what);
        this.traceHeaders = trace.headers();
        this.producer = new KafkaProducer<>(broker.clientProperties(
            ProducerConfig.ACKS_CONFIG, "all",
            ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true",
            ProducerConfig.LINGER_MS_CONFIG, "20",
            // A release is some 400,000 records: large batches, compressed, with room to queue them.
            ProducerConfig.BATCH_SIZE_CONFIG, "524288",
            ProducerConfig.BUFFER_MEMORY_CONFIG, "134217728",
            ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4",
            ProducerConfig.MAX_BLOCK_MS_CONFIG, "15000",
            ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "60000"), new StringSerializer(), new StringSerializer());
    }

    /** Sends a record; a failure is reported by {@link #flush()} and {@link #close()}. */
    public void send(String topic, String key, String json) {
        send(topic, key, json, Map.of());
    }

    /** Sends a record with headers; a failure is reported by {@link #flush()} and {@link #close()}. */
    public void send(String topic, String key, String json, Map<String, String> headers) {
        // Once Kafka refused one record it refuses the rest: stop at once, not one timeout per record.
        Exception earlier = failure.get();
        if (earlier != null) {
            throw refused(earlier);
        }
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, json);
        headers.forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        // A caller that passes trace headers of its own keeps them.
        traceHeaders.forEach((name, value) -> {
            if (!headers.containsKey(name)) {
                record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
            }
        });
        producer.send(record, (metadata, e) -> {
            if (e != null) {
                failure.compareAndSet(null, e);
            } else {
                lastOffsets.merge(new TopicPartition(metadata.topic(), metadata.partition()), metadata.offset(), Math::max);
            }
        });
    }

    /** Waits until everything sent so far is acknowledged. */
    public void flush() {
        producer.flush();
        Exception e = failure.get();
        if (e != null) {
            throw refused(e);
        }
    }

    /** What went wrong, and what to check: a broker with authentication refuses a client without credentials. */
    private IllegalStateException refused(Exception e) {
        String hint = "";
        if (e instanceof org.apache.kafka.common.errors.TimeoutException) {
            hint = " (is Kafka at " + servers + " running, and does it want credentials? --command-config names a principal's "
                + "client configuration, e.g. .platform/kafka/data-team.properties)";
        } else if (e instanceof AuthenticationException) {
            hint = " (the credentials of --command-config were refused)";
        } else if (e instanceof AuthorizationException) {
            hint = " (this principal may not write there: data teams publish as .platform/kafka/data-team.properties)";
        }
        return new IllegalStateException("Kafka did not accept every record: " + e.getMessage() + hint, e);
    }

    /** @return the id of the trace every record sent carries */
    public String traceId() {
        return trace.traceId();
    }

    /** @return the offset of the last record acknowledged, per partition written to */
    public Map<TopicPartition, Long> lastOffsets() {
        return Map.copyOf(lastOffsets);
    }

    @Override
    public void close() {
        try {
            flush();
        } finally {
            producer.close();
            trace.close();
        }
    }
}
