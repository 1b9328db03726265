package io.careers.messaging.deadletter;

import io.careers.contracts.DeadLetterHeaders;
import io.careers.contracts.Topics;
import io.careers.messaging.kafka.MessagingProducer;
import io.careers.messaging.kafka.TopicPlan;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends rejected records to {@code <topic>.dlt} with their key and value bytes unchanged, their
 * original headers, and the five {@code dlt.*} headers. Waits for Kafka to acknowledge, so a
 * listener that returns after calling it has lost nothing when its offsets are committed.
 */
@Singleton
public class DeadLetterPublisher {
    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterPublisher.class);
    private static final int MAX_REASON_CHARS = 4000;

    private final MessagingProducer producer;
    private final @Nullable MeterRegistry meters;
    private final List<DeadLetterObserver> observers;

    DeadLetterPublisher(MessagingProducer producer, @Nullable MeterRegistry meters, List<DeadLetterObserver> observers,
                        @Nullable TopicPlan topics) {
        this.producer = producer;
        this.meters = meters;
        this.observers = observers;
        if (meters != null && topics != null) {
            // At zero from the start, so that a rate of dead letters is a rate from the first one on.
            topics.consumed().forEach(topic -> meters.counter("messaging.dead_letters", "topic", topic));
        }
    }

    /**
     * Publishes dead letters and waits until Kafka has them all.
     *
     * @param letters the rejected records
     * @throws DeadLetterPublishException when Kafka did not acknowledge one of them; the caller
     *                                    must not commit the records' offsets
     */
    public void publish(List<DeadLetter> letters) {
        if (letters.isEmpty()) {
            return;
        }
        List<Future<RecordMetadata>> sends = new ArrayList<>(letters.size());
        for (DeadLetter letter : letters) {
            sends.add(producer.send(toRecord(letter)));
        }
        producer.flush();
        for (int i = 0; i < sends.size(); i++) {
            DeadLetter letter = letters.get(i);
            try {
                sends.get(i).get(producer.verdictWait().toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException | TimeoutException e) {
                throw new DeadLetterPublishException("could not dead-letter " + describe(letter), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DeadLetterPublishException("interrupted while dead-lettering " + describe(letter), e);
            }
            LOG.warn("Dead-lettered {}: {}", describe(letter), letter.reason());
            if (meters != null) {
                meters.counter("messaging.dead_letters", "topic", letter.record().topic()).increment();
            }
        }
        for (DeadLetterObserver observer : observers) {
            try {
                observer.rejected(letters);
            } catch (RuntimeException e) {
                LOG.warn("{} could not note {} dead letters; they are in Kafka all the same", observer.getClass().getSimpleName(),
                    letters.size(), e);
            }
        }
    }

    private static ProducerRecord<byte[], byte[]> toRecord(DeadLetter letter) {
        var original = letter.record();
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(Topics.deadLetterOf(original.topic()), null,
            original.key(), original.value());
        for (Header header : original.headers()) {
            record.headers().add(header);
        }
        String reason = letter.reason().length() > MAX_REASON_CHARS
            ? letter.reason().substring(0, MAX_REASON_CHARS) + " ..." : letter.reason();
        record.headers()
            .add(DeadLetterHeaders.REASON, utf8(reason))
            .add(DeadLetterHeaders.EXCEPTION, utf8(letter.exception()))
            .add(DeadLetterHeaders.ORIGINAL_TOPIC, utf8(original.topic()))
            .add(DeadLetterHeaders.ORIGINAL_PARTITION, utf8(Integer.toString(original.partition())))
            .add(DeadLetterHeaders.ORIGINAL_OFFSET, utf8(Long.toString(original.offset())));
        return record;
    }

    private static String describe(DeadLetter letter) {
        var r = letter.record();
        return r.topic() + "-" + r.partition() + "@" + r.offset();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
