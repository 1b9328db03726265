package io.careers.messaging.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import io.micronaut.core.annotation.Nullable;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What the relay reports: {@code messaging.outbox.published}, {@code .failures},
 * {@code .unconfirmed} (rows whose send failed after Kafka took it), and
 * {@code messaging.outbox.oldest.unpublished}, the age of the oldest row this instance saw waiting,
 * which grows while Kafka is away or the relay fails (the OutboxStuck alert). Counts nothing
 * without a registry.
 */
final class RelayMetrics {
    private final @Nullable Counter published;
    private final @Nullable Counter failures;
    private final @Nullable Counter unconfirmed;
    /** When the oldest row seen unpublished was written; null when none was seen. */
    private volatile Instant oldestUnpublished;

    RelayMetrics(@Nullable MeterRegistry meters) {
        this.published = meters == null ? null : meters.counter("messaging.outbox.published");
        this.failures = meters == null ? null : meters.counter("messaging.outbox.failures");
        this.unconfirmed = meters == null ? null : meters.counter("messaging.outbox.unconfirmed");
        if (meters != null) {
            TimeGauge.builder("messaging.outbox.oldest.unpublished", this, TimeUnit.MILLISECONDS, RelayMetrics::oldestUnpublishedMillis)
                .description("Age of the oldest outbox row seen unpublished by this instance's relay").register(meters);
        }
    }

    /** The relay read these pending rows (oldest first); none means the outbox is drained. */
    void pending(List<OutboxRow> rows) {
        oldestUnpublished = rows.isEmpty() ? null : rows.get(0).createdAt();
    }

    /** The relay published a batch: {@code acknowledged} of its {@code rows}, {@code sent} handed to Kafka. */
    void published(List<OutboxRow> rows, int acknowledged, int sent) {
        oldestUnpublished = acknowledged < rows.size() ? rows.get(acknowledged).createdAt() : null;
        if (published != null) {
            published.increment(acknowledged);
            unconfirmed.increment(sent - acknowledged);
        }
    }

    /** A relay cycle failed. */
    void failed() {
        if (failures != null) {
            failures.increment();
        }
    }

    private double oldestUnpublishedMillis() {
        Instant oldest = oldestUnpublished;
        return oldest == null ? 0 : Math.max(0, Duration.between(oldest, Instant.now()).toMillis());
    }
}
