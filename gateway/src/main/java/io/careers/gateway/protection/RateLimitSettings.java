package io.careers.gateway.protection;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.Locale;

/**
 * The rate limits of the public API, under {@code gateway.rate-limit}: one per client address, and a
 * higher one per trusted client (a server-side front end calling for all its visitors, which names
 * itself with a key instead of being counted as one address).
 *
 * @param perSecond           requests an address may make per second, on average
 * @param burst               requests an address may make at once
 * @param clientAddressHeader header that names the client (set by a trusted proxy in front), or blank for the TCP peer
 * @param trustedPerSecond    requests a trusted client may make per second, on average
 * @param trustedBurst        requests a trusted client may make at once
 * @param trustedClientKeys   SHA-256 digests (64 hex digits) of the trusted clients' keys; the keys themselves
 *                            are never configured, so a leaked configuration names no usable key
 */
@ConfigurationProperties("gateway.rate-limit")
public record RateLimitSettings(double perSecond, int burst, @Nullable String clientAddressHeader,
                                double trustedPerSecond, int trustedBurst, @Nullable List<String> trustedClientKeys) {
    /** Checks the limits and the digests once, at start-up: a typo must not lock a front end out later. */
    public RateLimitSettings {
        if (perSecond <= 0 || burst < 1 || trustedPerSecond <= 0 || trustedBurst < 1) {
            throw new IllegalArgumentException("gateway.rate-limit: per-second and trusted-per-second must be above 0, "
                + "burst and trusted-burst at least 1");
        }
        clientAddressHeader = clientAddressHeader == null || clientAddressHeader.isBlank() ? null : clientAddressHeader;
        trustedClientKeys = trustedClientKeys == null ? List.of() : trustedClientKeys.stream()
            .map(String::strip).filter(digest -> !digest.isEmpty()).map(RateLimitSettings::digest).toList();
    }

    private static String digest(String text) {
        String digest = text.toLowerCase(Locale.ROOT);
        if (!digest.matches("[0-9a-f]{64}")) {
            // Never echo the value: someone may have pasted a key where its digest belongs.
            throw new IllegalArgumentException("gateway.rate-limit.trusted-client-keys: each entry must be the SHA-256 "
                + "digest of a key, 64 hex digits (printf %s \"$KEY\" | sha256sum)");
        }
        return digest;
    }
}
