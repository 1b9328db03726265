package io.careers.messaging.inbound;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * A decoded record.
 *
 * @param record the raw record
 * @param value  its decoded value
 * @param <T>    the decoded type
 */
public record Inbound<T>(ConsumerRecord<byte[], byte[]> record, T value) {
    /** @return the record's key as UTF-8 text, or null */
    public String key() {
        return RecordDecoder.keyOf(record);
    }
}
