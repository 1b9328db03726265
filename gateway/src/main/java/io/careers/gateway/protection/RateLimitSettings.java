package io.careers.gateway.protection;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * The per-address rate limit of the public API, under {@code gateway.rate-limit}.
 *
 * @param perSecond           requests a client may make per second, on average
 * @param burst               requests a client may make at once
 * @param clientAddressHeader header that names the client (set by a trusted proxy in front), or blank for the TCP peer
 */
@ConfigurationProperties("gateway.rate-limit")
public record RateLimitSettings(double perSecond, int burst, @Nullable String clientAddressHeader) {
    /** A blank header means none. */
    public RateLimitSettings {
        if (perSecond <= 0 || burst < 1) {
            throw new IllegalArgumentException("gateway.rate-limit: per-second must be above 0 and burst at least 1");
        }
        clientAddressHeader = clientAddressHeader == null || clientAddressHeader.isBlank() ? null : clientAddressHeader;
    }
}
