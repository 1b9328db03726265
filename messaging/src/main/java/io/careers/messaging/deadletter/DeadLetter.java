package io.careers.messaging.deadletter;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * A record that cannot be processed, and why.
 *
 * @param record    the record as it was consumed (key and value bytes unchanged)
 * @param reason    human-readable reason: which field breaks which rule, or what failed
 * @param exception class name of the exception that rejected it
 */
public record DeadLetter(ConsumerRecord<byte[], byte[]> record, String reason, String exception) {
}
