package io.careers.messaging.inbound;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Turns a raw record into a value a handler can apply, or rejects it.
 *
 * @param <T> the decoded type
 */
@FunctionalInterface
public interface RecordDecoder<T> {
    /**
     * @param record the record with its raw key and value bytes
     * @return the decoded value
     * @throws InvalidRecordException when the record breaks its contract
     */
    T decode(ConsumerRecord<byte[], byte[]> record);

    /**
     * @param record a raw record
     * @return its key as UTF-8 text, or null when it has none
     */
    static String keyOf(ConsumerRecord<byte[], byte[]> record) {
        return record.key() == null ? null : new String(record.key(), java.nio.charset.StandardCharsets.UTF_8);
    }
}
