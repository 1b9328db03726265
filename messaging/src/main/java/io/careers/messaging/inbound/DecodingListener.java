package io.careers.messaging.inbound;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.util.List;

/**
 * Base of every {@link PlatformListener}: hands each polled batch to the {@link InboundProcessor}
 * with the listener's decoder and handler. A subclass adds only its {@code @Topic} method:
 * <pre>{@code
 * @Topic(Topics.EMPLOYMENT_PROJECTIONS)
 * void receive(List<ConsumerRecord<byte[], byte[]>> records) {
 *     process(records);
 * }
 * }</pre>
 *
 * @param <T> the decoded record type
 */
public abstract class DecodingListener<T> {
    private final InboundProcessor processor;
    private final RecordDecoder<T> decoder;
    private final BatchHandler<T> handler;

    /**
     * @param processor the platform's processor
     * @param decoder   decodes and validates one record
     * @param handler   applies a batch in one transaction
     */
    protected DecodingListener(InboundProcessor processor, RecordDecoder<T> decoder, BatchHandler<T> handler) {
        this.processor = processor;
        this.decoder = decoder;
        this.handler = handler;
    }

    /** @param records the records of one poll, in consumption order */
    protected final void process(List<ConsumerRecord<byte[], byte[]>> records) {
        processor.process(records, decoder, handler);
    }
}
