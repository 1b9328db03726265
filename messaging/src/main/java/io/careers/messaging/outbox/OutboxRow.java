package io.careers.messaging.outbox;

/** A committed outbox row waiting to be published. */
record OutboxRow(long id, String topic, String key, String eventType, String payload) {
}
