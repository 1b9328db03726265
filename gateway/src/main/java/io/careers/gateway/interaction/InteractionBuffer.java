package io.careers.gateway.interaction;

import io.careers.contracts.Topics;
import io.careers.messaging.kafka.MessagingProducer;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.configuration.kafka.config.KafkaDefaultConfiguration;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Holds views and clicks in memory until Kafka takes them, so that a broker outage delays
 * popularity instead of losing it.
 *
 * <p>This is Kafka's own producer buffer, made explicit: an interaction is accepted as soon as it
 * is in the buffer, and the idempotent producer retries it for {@code holdFor} without sending it
 * twice. Accepted and not yet sent is a bounded amount ({@code bufferBytes}); past it, or when the
 * topic was never reachable since start-up, a request is refused (503) within {@code acceptWithin}.
 * The topic's metadata is fetched at start-up and kept fresh, so that an outage after start-up
 * finds the gateway ready to hold.
 * What the buffer holds when the gateway itself dies is lost: interactions feed popularity rankings,
 * which tolerate that, and the count {@code gateway.interactions.pending} shows how much is at stake.
 */
// Where Kafka is switched off (kafka.enabled: false) there is nothing to buffer for, and no schedule to run.
@Requires(beans = KafkaDefaultConfiguration.class)
@Singleton
class InteractionBuffer {
    private static final Logger LOG = LoggerFactory.getLogger(InteractionBuffer.class);

    private final KafkaProducer<byte[], byte[]> producer;
    private final AtomicLong pending = new AtomicLong();
    private final Counter delivered;
    private final Counter lost;

    InteractionBuffer(KafkaDefaultConfiguration kafka, InteractionBufferSettings settings, @Nullable MeterRegistry meters) {
        Properties props = MessagingProducer.idempotentProperties(kafka, "gateway-interactions-" + ProcessHandle.current().pid());
        props.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        props.put(ProducerConfig.BUFFER_MEMORY_CONFIG, Long.toString(settings.bufferBytes()));
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Long.toString(settings.acceptWithin().toMillis()));
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Long.toString(Math.max(settings.holdFor().toMillis(), 5010)));
        this.producer = new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
        this.delivered = meters == null ? null : meters.counter("gateway.interactions.delivered");
        this.lost = meters == null ? null : meters.counter("gateway.interactions.lost");
        if (meters != null) {
            meters.gauge("gateway.interactions.pending", pending);
        }
    }

    /**
     * Takes an interaction, or refuses it.
     *
     * @param record the interaction's record
     * @throws RuntimeException when the buffer is full or the topic unknown after {@code acceptWithin}:
     *                          the interaction was not taken
     */
    void accept(ProducerRecord<byte[], byte[]> record) {
        // Kafka reports a send it never took (no room, or the topic unknown within max.block.ms) by
        // calling back before send() returns and handing back a failed future: a refusal, not a loss.
        AtomicBoolean returned = new AtomicBoolean();
        pending.incrementAndGet();
        Future<RecordMetadata> sent = producer.send(record, (metadata, failure) -> {
            pending.decrementAndGet();
            if (failure == null) {
                increment(delivered);
            } else if (returned.get()) {
                increment(lost);
                LOG.warn("an interaction with listing {} could not be delivered while it was held and is dropped: {}",
                    new String(record.key(), StandardCharsets.UTF_8), failure.toString());
            }
        });
        returned.set(true);
        if (sent.isDone()) {
            try {
                sent.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("the interaction buffer refused it: " + e.getCause(), e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * Learns where the topic's partitions are as soon as the broker answers, and keeps that fresh:
     * with it, interactions are held through a later outage instead of refused for want of metadata.
     */
    @Scheduled(fixedDelay = "30s", initialDelay = "0s")
    void learnTopic() {
        try {
            producer.partitionsFor(Topics.INTERACTIONS);
        } catch (KafkaException e) {
            LOG.debug("the interactions topic is not known yet: {}", e.toString());
        }
    }

    /** @return interactions accepted and not yet taken by Kafka */
    long pending() {
        return pending.get();
    }

    private static void increment(@Nullable Counter counter) {
        if (counter != null) {
            counter.increment();
        }
    }

    /** Gives the buffer a few seconds to reach Kafka before the gateway stops. */
    @PreDestroy
    void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
