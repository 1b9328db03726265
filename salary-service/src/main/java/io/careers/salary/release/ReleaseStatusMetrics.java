package io.careers.salary.release;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.util.concurrent.TimeUnit;

/**
 * Release status for dashboards and alerts: {@code salary.releases.pending} (how many wait for a part,
 * a completion record or estimates) and {@code salary.releases.pending.oldest} (seconds since the
 * oldest of them got its first record; an alert fires when a release waits too long). Read from the
 * database every few seconds, never while Prometheus scrapes, so a slow database cannot slow a scrape.
 */
@Singleton
@Requires(beans = MeterRegistry.class)
class ReleaseStatusMetrics {
    private static final Logger LOG = LoggerFactory.getLogger(ReleaseStatusMetrics.class);
    private final ReleaseRepository releases;
    private final TransactionOperations<Connection> transactions;
    private volatile long pending;
    private volatile double oldestPendingSeconds;

    ReleaseStatusMetrics(ReleaseRepository releases, TransactionOperations<Connection> transactions, MeterRegistry meters) {
        this.releases = releases;
        this.transactions = transactions;
        Gauge.builder("salary.releases.pending", this, metrics -> metrics.pending)
            .description("Releases waiting for a part, their completion record or estimates").register(meters);
        TimeGauge.builder("salary.releases.pending.oldest", this, TimeUnit.SECONDS, metrics -> metrics.oldestPendingSeconds)
            .description("How long the oldest pending release has waited since its first record").register(meters);
    }

    @Scheduled(fixedDelay = "${salary.metrics.release-status-interval}", initialDelay = "1s")
    void refresh() {
        try {
            transactions.executeRead(status -> {
                pending = releases.countPending();
                oldestPendingSeconds = releases.oldestPendingSeconds();
                return null;
            });
        } catch (RuntimeException e) {
            // The database is away: /health says so; the gauges keep their last values meanwhile.
            LOG.debug("Release status not refreshed: {}", e.toString());
        }
    }
}
