package io.careers.messaging.outbox;

import io.careers.contracts.ContractEvent;

/**
 * An event to publish after the current transaction commits.
 *
 * @param topic the topic
 * @param key   the Kafka key; events with the same key are published in the order written
 * @param event the event
 */
public record OutgoingEvent(String topic, String key, ContractEvent event) {
}
