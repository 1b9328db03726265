package io.careers.messaging.outbox;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * Settings of the outbox relay, under {@code messaging.outbox}; the defaults are here and nowhere else.
 *
 * @param enabled    whether this instance runs the relay (default true)
 * @param batchSize  rows published per transaction (default 500)
 * @param retention  how long published rows are kept for inspection (default one day)
 * @param maxBackoff longest wait between attempts while Kafka or the database fails (default 5 s)
 */
@ConfigurationProperties("messaging.outbox")
public record OutboxConfiguration(
    @Bindable(defaultValue = "true") boolean enabled,
    @Bindable(defaultValue = "500") int batchSize,
    @Bindable(defaultValue = "1d") Duration retention,
    @Bindable(defaultValue = "5s") Duration maxBackoff) {
}
