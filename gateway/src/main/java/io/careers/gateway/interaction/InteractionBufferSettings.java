package io.careers.gateway.interaction;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * How long and how much the gateway holds interactions that Kafka has not taken yet, under
 * {@code gateway.interactions}; the defaults are here and nowhere else.
 *
 * @param holdFor      how long an interaction is retried while the broker is away before it is
 *                     dropped and counted as lost (default 10 min)
 * @param bufferBytes  memory for interactions not yet sent (default 16 MiB, about 60,000 interactions);
 *                     when it is full, new interactions are refused with 503
 * @param acceptWithin how long a request may wait for room in the buffer, or for the topic's
 *                     metadata on the first send, before it is refused (default 1 s)
 */
@ConfigurationProperties("gateway.interactions")
public record InteractionBufferSettings(
    @Bindable(defaultValue = "10m") Duration holdFor,
    @Bindable(defaultValue = "16777216") long bufferBytes,
    @Bindable(defaultValue = "1s") Duration acceptWithin) {
}
