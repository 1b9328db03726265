package io.careers.gateway.cache;

import io.careers.gateway.backend.SchoolsQuery;
import io.careers.gateway.payload.Article;
import io.careers.gateway.payload.CareersPage;
import io.careers.gateway.payload.Occupation;
import io.careers.gateway.payload.SchoolsResult;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Every cache of the gateway, with their TTLs from {@code gateway.cache.*}. */
@Singleton
public class GatewayCaches {
    private final SectionCache<String, Optional<Article>> articles;
    private final SectionCache<List<String>, List<Occupation>> salary;
    private final SectionCache<SchoolsQuery, SchoolsResult> schools;
    private final SectionCache<String, CareersPage> careers;
    private final PageCache pages;
    private final Duration settling;
    private final Duration settlingTtl;
    private volatile long figuresChangedAt = System.nanoTime() - Duration.ofDays(1).toNanos();

    GatewayCaches(@Value("${gateway.cache.article-ttl:60s}") Duration articleTtl,
                  @Value("${gateway.cache.not-found-ttl:5s}") Duration notFoundTtl,
                  @Value("${gateway.cache.salary-ttl:60s}") Duration salaryTtl,
                  @Value("${gateway.cache.schools-ttl:30s}") Duration schoolsTtl,
                  @Value("${gateway.cache.careers-ttl:30s}") Duration careersTtl,
                  @Value("${gateway.cache.page-ttl:5s}") Duration pageTtl,
                  @Value("${gateway.cache.keep-stale:24h}") Duration keepStale,
                  @Value("${gateway.cache.max-entries:20000}") int maxEntries,
                  @Value("${gateway.cache.figures-settling:3s}") Duration settling,
                  @Nullable MeterRegistry meters) {
        this.settling = settling;
        this.settlingTtl = Duration.ofMillis(100);
        this.articles = new SectionCache<>(article -> article.isEmpty() ? notFoundTtl : settlingNow() ? settlingTtl : articleTtl,
            keepStale, maxEntries, counter(meters, "articles"));
        this.salary = new SectionCache<>(v -> salaryTtl, keepStale, maxEntries, counter(meters, "salary"));
        this.schools = new SectionCache<>(v -> schoolsTtl, keepStale, maxEntries, counter(meters, "schools"));
        this.careers = new SectionCache<>(v -> careersTtl, keepStale, maxEntries, counter(meters, "careers"));
        this.pages = new PageCache(pageTtl, maxEntries);
    }

    /** Lookups as {@code gateway.cache.lookups{cache, outcome}}: fresh, loaded, stale, failed. */
    private static Consumer<String> counter(@Nullable MeterRegistry meters, String cache) {
        if (meters == null) {
            return outcome -> { };
        }
        return outcome -> meters.counter("gateway.cache.lookups", "cache", cache, "outcome", outcome).increment();
    }

    /**
     * Salary figures changed. articles-service renders figures into article HTML when it has
     * applied the same event, which may be after the gateway fetched the article again: for a few
     * seconds, articles are kept for 100 ms only, so the page catches up within a second.
     */
    public void figuresChanged() {
        figuresChangedAt = System.nanoTime();
    }

    /** @return whether figures changed a moment ago, so article HTML may still be catching up */
    public boolean settlingNow() {
        return System.nanoTime() - figuresChangedAt < settling.toNanos();
    }

    /** @return articles by requested slug; empty means "no such published article" (negative cache) */
    public SectionCache<String, Optional<Article>> articles() {
        return articles;
    }

    /** @return salary figures by the sorted SOC codes of an article */
    public SectionCache<List<String>, List<Occupation>> salary() {
        return salary;
    }

    /** @return schools pages by query */
    public SectionCache<SchoolsQuery, SchoolsResult> schools() {
        return schools;
    }

    /** @return careers index pages by query */
    public SectionCache<String, CareersPage> careers() {
        return careers;
    }

    /** @return whole pages */
    public PageCache pages() {
        return pages;
    }
}
