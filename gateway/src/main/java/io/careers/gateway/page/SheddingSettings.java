package io.careers.gateway.page;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * How much uncached work the gateway takes on before it refuses more, under {@code gateway.shedding}.
 *
 * @param maxInFlight uncached pages (and schools sections) composed at once at most; past it, 503
 *                    with {@code Retry-After: 1} at once (see {@link CompositionAdmission})
 */
@ConfigurationProperties("gateway.shedding")
public record SheddingSettings(int maxInFlight) {
    /** At least one. */
    public SheddingSettings {
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("gateway.shedding.max-in-flight must be at least 1, not " + maxInFlight);
        }
    }
}
