package io.careers.messaging.outbox;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/** A committed outbox row waiting to be published, with the trace context it was written in. */
record OutboxRow(long id, String topic, String key, String eventType, String payload, @Nullable String traceContext,
                 Instant createdAt) {
}
