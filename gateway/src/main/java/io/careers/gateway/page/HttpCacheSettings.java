package io.careers.gateway.page;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;
import java.util.Objects;

/**
 * What browsers and shared caches are told about whole answers, under {@code gateway.http-cache}.
 *
 * @param maxAge               {@code Cache-Control: max-age} of a whole, fresh answer
 * @param staleWhileRevalidate {@code stale-while-revalidate} of a whole, fresh answer
 */
@ConfigurationProperties("gateway.http-cache")
public record HttpCacheSettings(Duration maxAge, Duration staleWhileRevalidate) {
    /** Both are required. */
    public HttpCacheSettings {
        Objects.requireNonNull(maxAge, "gateway.http-cache.max-age");
        Objects.requireNonNull(staleWhileRevalidate, "gateway.http-cache.stale-while-revalidate");
    }
}
