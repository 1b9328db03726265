package io.careers.gateway.page;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits of a gateway request, under {@code gateway} in {@code application.yml}.
 *
 * @param deadline longest time a page request may take, every backend call included
 */
@ConfigurationProperties("gateway")
public record GatewaySettings(Duration deadline) {
    /** The deadline is required. */
    public GatewaySettings {
        Objects.requireNonNull(deadline, "gateway.deadline");
    }
}
