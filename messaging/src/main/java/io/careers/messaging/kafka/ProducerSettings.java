package io.careers.messaging.kafka;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * How long the library's producer keeps trying, under {@code messaging.producer}; the defaults are
 * here and nowhere else.
 *
 * <p>Why these values: a send that Kafka's producer gives up on may still have reached the broker,
 * so whoever sends it again may publish it twice. The relay and the dead-letter publisher therefore
 * never give up on a send themselves: they wait for the producer's verdict, and the producer retries
 * (idempotently, so retries never duplicate) for {@code deliveryTimeout}. A broker that stalls for
 * less than that duplicates nothing; a longer outage fails the send, which is then counted
 * ({@code messaging.outbox.unconfirmed}) and sent again. {@code maxBlock} bounds the only waits that
 * happen on the caller's thread (metadata, a full buffer), so an unreachable broker fails a publish
 * quickly instead of hanging the caller.
 *
 * @param deliveryTimeout how long a send is retried before it fails (default 2 min)
 * @param requestTimeout  how long one request to the broker may take before it is retried (default 5 s)
 * @param maxBlock        how long {@code send} may block the caller (default 5 s)
 */
@ConfigurationProperties("messaging.producer")
public record ProducerSettings(
    @Bindable(defaultValue = "2m") Duration deliveryTimeout,
    @Bindable(defaultValue = "5s") Duration requestTimeout,
    @Bindable(defaultValue = "5s") Duration maxBlock) {

    /** @return how long a caller waits for the producer's verdict on a send: a little longer than it retries */
    public Duration verdictWait() {
        return deliveryTimeout.plus(maxBlock).plusSeconds(5);
    }
}
