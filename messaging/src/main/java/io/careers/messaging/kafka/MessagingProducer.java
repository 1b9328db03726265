package io.careers.messaging.kafka;

import io.micronaut.configuration.kafka.config.KafkaDefaultConfiguration;
import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

/**
 * The one Kafka producer of the messaging library (outbox relay and dead letters). It takes the
 * application's {@code kafka.*} client settings (bootstrap servers, security) and adds what the
 * library relies on: idempotence and {@code acks=all}, so that order per key holds, nothing
 * acknowledged is lost and retries never duplicate, and the waits of {@link ProducerSettings}.
 */
@Singleton
@Requires(beans = KafkaDefaultConfiguration.class)
public class MessagingProducer {
    private final KafkaProducer<byte[], byte[]> producer;
    private final ProducerSettings settings;

    MessagingProducer(KafkaDefaultConfiguration kafka, ProducerSettings settings) {
        this.settings = settings;
        Properties props = idempotentProperties(kafka, "messaging-" + ProcessHandle.current().pid() + "-" + System.identityHashCode(this));
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "2");
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Long.toString(settings.maxBlock().toMillis()));
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Long.toString(settings.requestTimeout().toMillis()));
        // Kafka requires delivery.timeout.ms >= linger.ms + request.timeout.ms.
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG,
            Long.toString(Math.max(settings.deliveryTimeout().toMillis(), settings.requestTimeout().toMillis() + 2)));
        props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, "10485760");
        this.producer = new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
    }

    /**
     * What every producer of a service starts from: the application's {@code kafka.*} client
     * settings (bootstrap servers, security), idempotence and {@code acks=all}. Its owner adds the
     * waits it needs.
     *
     * @param kafka    the application's Kafka settings
     * @param clientId the producer's client id, for logs and metrics
     * @return properties for a new producer
     */
    public static Properties idempotentProperties(KafkaDefaultConfiguration kafka, String clientId) {
        Properties props = new Properties();
        props.putAll(kafka.getConfig());
        props.putIfAbsent(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:9092");
        props.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        return props;
    }

    /**
     * @param record the record
     * @return its acknowledgement
     */
    public Future<RecordMetadata> send(ProducerRecord<byte[], byte[]> record) {
        return producer.send(record);
    }

    /**
     * Sends without waiting: for callers that must not block a thread on the acknowledgement.
     *
     * @param record the record
     * @return completes with the acknowledgement, or with the send's failure
     */
    public CompletableFuture<RecordMetadata> sendAsync(ProducerRecord<byte[], byte[]> record) {
        CompletableFuture<RecordMetadata> acknowledged = new CompletableFuture<>();
        try {
            producer.send(record, (metadata, failure) -> {
                if (failure != null) {
                    acknowledged.completeExceptionally(failure);
                } else {
                    acknowledged.complete(metadata);
                }
            });
        } catch (RuntimeException e) {
            acknowledged.completeExceptionally(e);
        }
        return acknowledged;
    }

    /**
     * @return how long to wait for a send's acknowledgement so as never to give up before the
     *     producer does (giving up earlier and sending again is how duplicates are made)
     */
    public Duration verdictWait() {
        return settings.verdictWait();
    }

    /** Sends everything buffered now. */
    public void flush() {
        producer.flush();
    }

    @PreDestroy
    void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
