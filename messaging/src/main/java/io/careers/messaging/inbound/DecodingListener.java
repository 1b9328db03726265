package io.careers.messaging.inbound;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Base of every {@link PlatformListener}: hands each polled batch to the {@link InboundProcessor}
 * with the listener's decoder and handler. A subclass names its topic and gives its decoder and handler:
 * <pre>{@code
 * @PlatformListener(clientId = "salary-projections", topic = Topics.EMPLOYMENT_PROJECTIONS)
 * class ProjectionListener extends DecodingListener<EmploymentProjection> {
 *     ProjectionListener(InboundProcessor processor, ProjectionIngest ingest) {
 *         super(processor, new ProjectionDecoder(), ingest::apply);
 *     }
 * }
 * }</pre>
 * A listener that reads a topic pattern, or more than one topic, leaves {@code topic} out and declares
 * its own {@code @Topic} methods that call {@link #process}.
 *
 * <p>When a batch fails for a transient reason (the database or Kafka is away), every partition
 * of the batch is rewound to its first record before the failure is rethrown, so the batch is
 * consumed again once the cause is gone. micronaut-kafka's own retry does the same, except for a
 * partition that has not completed a batch since it was assigned: there it fails with a
 * {@code NullPointerException} and moves on (micronaut-kafka issue 1004, fixed after the version
 * the platform uses), which would skip the batch. The pause keeps an outage from becoming a busy loop.
 *
 * @param <T> the decoded record type
 */
public abstract class DecodingListener<T> {
    private static final Logger LOG = LoggerFactory.getLogger(DecodingListener.class);
    /** Wait before a batch that failed for a transient reason is read again. */
    private static final Duration PAUSE_BEFORE_REDELIVERY = Duration.ofMillis(500);

    private final InboundProcessor processor;
    private final RecordDecoder<T> decoder;
    private final RefusingBatchHandler<T> handler;

    /**
     * @param processor the platform's processor
     * @param decoder   decodes and validates one record
     * @param handler   applies a batch in one transaction
     */
    protected DecodingListener(InboundProcessor processor, RecordDecoder<T> decoder, BatchHandler<T> handler) {
        this(processor, decoder, RefusingBatchHandler.of(handler));
    }

    /**
     * @param processor the platform's processor
     * @param decoder   decodes and validates one record
     * @param handler   applies a batch in one transaction, except the records it refuses
     */
    protected DecodingListener(InboundProcessor processor, RecordDecoder<T> decoder, RefusingBatchHandler<T> handler) {
        this.processor = processor;
        this.decoder = decoder;
        this.handler = handler;
    }

    /**
     * Receives a batch of the topic that {@link PlatformListener#topic()} names. A listener overrides it
     * only to run something after each batch ({@link #process(List, Consumer, Runnable)}).
     *
     * @param records  the records of one poll, in consumption order
     * @param consumer the consumer that polled them
     */
    public void receive(List<ConsumerRecord<byte[], byte[]>> records, Consumer<byte[], byte[]> consumer) {
        process(records, consumer);
    }

    /**
     * @param records  the records of one poll, in consumption order
     * @param consumer the consumer that polled them, rewound when the batch fails for a transient reason
     */
    protected final void process(List<ConsumerRecord<byte[], byte[]>> records, Consumer<?, ?> consumer) {
        process(records, consumer, () -> { });
    }

    /**
     * Processes a batch, then runs what follows from it in the same trace (a release promoted once
     * its last estimates are in, say), so that what that writes to the outbox continues the trace of
     * the records.
     *
     * @param records  the records of one poll, in consumption order
     * @param consumer the consumer that polled them, rewound when the batch fails for a transient reason
     * @param andThen  runs after the batch was applied
     */
    protected final void process(List<ConsumerRecord<byte[], byte[]>> records, Consumer<?, ?> consumer,
                                 Runnable andThen) {
        processor.traced(records, () -> {
            try {
                processor.process(records, decoder, handler);
            } catch (RuntimeException e) {
                if (TransientFailures.isTransient(e)) {
                    rewind(records, consumer);
                    LOG.warn("Batch of {} records failed for a transient reason ({}); it is read again", records.size(),
                        e.toString());
                    pause();
                }
                throw e;
            }
            andThen.run();
        });
    }

    /** Seeks each partition of the batch back to its first record in it. */
    static void rewind(List<ConsumerRecord<byte[], byte[]>> records, Consumer<?, ?> consumer) {
        Map<TopicPartition, Long> first = new HashMap<>();
        for (ConsumerRecord<byte[], byte[]> record : records) {
            first.merge(new TopicPartition(record.topic(), record.partition()), record.offset(), Math::min);
        }
        first.forEach(consumer::seek);
    }

    private static void pause() {
        try {
            Thread.sleep(PAUSE_BEFORE_REDELIVERY.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
