package io.careers.gateway.cache;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.convert.format.ReadableBytes;

import java.time.Duration;
import java.util.Objects;

/**
 * How long the gateway keeps what it fetched, under {@code gateway.cache} in {@code application.yml}
 * (the values and their reasons are there; the README's configuration table lists them).
 *
 * @param articleTtl      an article is fresh this long
 * @param notFoundTtl     "no such published article" is remembered this long (and shared caches may keep the 404)
 * @param salaryTtl       salary figures are fresh this long
 * @param schoolsTtl      a schools page is fresh this long
 * @param careersTtl      a careers index page is fresh this long
 * @param pageTtl         a whole page whose every section was fresh is reused this long
 * @param keepStale       an expired entry is kept this long, to answer when its backend fails
 * @param maxEntries      entries per cache at most
 * @param maxBytes        estimated bytes per cache at most ({@code 32MB}): a few huge values cost as much as many keys
 * @param figuresSettling    after a salary event, articles are kept only {@code figuresSettlingTtl} for this long
 * @param figuresSettlingTtl how long an article is kept while figures settle: how soon the text follows a release
 */
@ConfigurationProperties("gateway.cache")
public record CacheSettings(Duration articleTtl, Duration notFoundTtl, Duration salaryTtl, Duration schoolsTtl,
                            Duration careersTtl, Duration pageTtl, Duration keepStale, int maxEntries,
                            @ReadableBytes long maxBytes, Duration figuresSettling, Duration figuresSettlingTtl) {
    /** Every duration is required: a missing one names its property. */
    public CacheSettings {
        Objects.requireNonNull(articleTtl, "gateway.cache.article-ttl");
        Objects.requireNonNull(notFoundTtl, "gateway.cache.not-found-ttl");
        Objects.requireNonNull(salaryTtl, "gateway.cache.salary-ttl");
        Objects.requireNonNull(schoolsTtl, "gateway.cache.schools-ttl");
        Objects.requireNonNull(careersTtl, "gateway.cache.careers-ttl");
        Objects.requireNonNull(pageTtl, "gateway.cache.page-ttl");
        Objects.requireNonNull(keepStale, "gateway.cache.keep-stale");
        Objects.requireNonNull(figuresSettling, "gateway.cache.figures-settling");
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("gateway.cache.max-bytes must be positive, e.g. 32MB; was " + maxBytes);
        }
        Objects.requireNonNull(figuresSettlingTtl, "gateway.cache.figures-settling-ttl");
    }
}
