package io.careers.messaging.inbound;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

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

    /** @return an id of the record's position (topic, partition, offset): the same on every delivery of it */
    public UUID positionId() {
        return UUID.nameUUIDFromBytes((record.topic() + ":" + record.partition() + ":" + record.offset())
            .getBytes(StandardCharsets.UTF_8));
    }
}
