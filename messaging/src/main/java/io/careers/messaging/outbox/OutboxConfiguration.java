package io.careers.messaging.outbox;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

/**
 * Settings of the outbox relay, under {@code messaging.outbox}.
 */
@ConfigurationProperties("messaging.outbox")
public class OutboxConfiguration {
    private boolean enabled = true;
    private int batchSize = 500;
    private Duration retention = Duration.ofDays(1);
    private Duration maxBackoff = Duration.ofSeconds(5);

    /** @return whether this instance runs the relay (default true) */
    public boolean isEnabled() {
        return enabled;
    }

    /** @param enabled whether this instance runs the relay */
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** @return rows published per transaction (default 500) */
    public int getBatchSize() {
        return batchSize;
    }

    /** @param batchSize rows published per transaction */
    public void setBatchSize(int batchSize) {
        this.batchSize = batchSize;
    }

    /** @return how long published rows are kept for inspection (default one day) */
    public Duration getRetention() {
        return retention;
    }

    /** @param retention how long published rows are kept */
    public void setRetention(Duration retention) {
        this.retention = retention;
    }

    /** @return longest wait between attempts while Kafka or the database fails (default 5 s) */
    public Duration getMaxBackoff() {
        return maxBackoff;
    }

    /** @param maxBackoff longest wait between failed attempts */
    public void setMaxBackoff(Duration maxBackoff) {
        this.maxBackoff = maxBackoff;
    }
}
