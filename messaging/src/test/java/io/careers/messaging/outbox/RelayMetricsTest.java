package io.careers.messaging.outbox;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RelayMetricsTest {
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final RelayMetrics metrics = new RelayMetrics(registry);

    private static OutboxRow rowWrittenSecondsAgo(long id, long seconds) {
        return new OutboxRow(id, "topic", "key", "Event", "{}", null, Instant.now().minusSeconds(seconds));
    }

    private double oldestSeconds() {
        return registry.get("messaging.outbox.oldest.unpublished").timeGauge().value(TimeUnit.SECONDS);
    }

    @Test
    void theOldestUnpublishedRowAgesUntilItIsPublishedAndIsZeroWhenNoneWaits() {
        List<OutboxRow> rows = List.of(rowWrittenSecondsAgo(1, 90), rowWrittenSecondsAgo(2, 30));
        assertEquals(0, oldestSeconds(), "nothing seen yet");

        metrics.pending(rows);
        assertTrue(oldestSeconds() >= 90, "the first row waits: " + oldestSeconds());

        metrics.published(rows, 1, 2);
        assertTrue(oldestSeconds() >= 30 && oldestSeconds() < 90, "the second row still waits: " + oldestSeconds());
        assertEquals(1, registry.get("messaging.outbox.unconfirmed").counter().count(), "sent, not acknowledged");

        metrics.published(List.of(rows.get(1)), 1, 1);
        assertEquals(0, oldestSeconds(), "all published");
        assertEquals(2, registry.get("messaging.outbox.published").counter().count());
    }
}
