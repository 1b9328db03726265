package io.careers.gateway.cache;

import io.careers.contracts.page.CareersPage;
import io.careers.contracts.page.Occupation;
import io.careers.gateway.backend.SchoolsQuery;
import io.careers.gateway.payload.Article;
import io.careers.gateway.payload.CareerLocation;
import io.careers.gateway.payload.SchoolsResult;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Every cache of the gateway, with their TTLs from {@link CacheSettings}. */
@Singleton
public class GatewayCaches {
    private final SectionCache<String, Optional<Article>> articles;
    private final SectionCache<List<String>, List<Occupation>> salary;
    private final SectionCache<SchoolsQuery, SchoolsResult> schools;
    private final SectionCache<CareersKey, CareersPage> careers;
    private final SectionCache<String, List<CareerLocation>> sitemap;
    private final PageCache pages;
    private final Duration settling;
    private volatile long figuresChangedAt = System.nanoTime() - Duration.ofDays(1).toNanos();

    GatewayCaches(CacheSettings settings, @Nullable MeterRegistry meters) {
        this.settling = settings.figuresSettling();
        Duration keepStale = settings.keepStale();
        int maxEntries = settings.maxEntries();
        long maxBytes = settings.maxBytes();
        ArticleTtl articleTtl = new ArticleTtl(settings);
        this.articles = new SectionCache<>(article -> articleTtl.of(article, settlingNow()), keepStale,
            new CacheBounds<>(maxEntries, maxBytes, Weights::article), counter(meters, "articles"));
        this.salary = new SectionCache<>(v -> settings.salaryTtl(), keepStale,
            new CacheBounds<>(maxEntries, maxBytes, Weights::occupations), counter(meters, "salary"));
        this.schools = new SectionCache<>(v -> settings.schoolsTtl(), keepStale,
            new CacheBounds<>(maxEntries, maxBytes, Weights::schools), counter(meters, "schools"));
        this.careers = new SectionCache<>(v -> settings.careersTtl(), keepStale,
            new CacheBounds<>(maxEntries, maxBytes, Weights::careers), counter(meters, "careers"));
        this.sitemap = new SectionCache<>(v -> settings.careersTtl(), keepStale,
            new CacheBounds<>(1, maxBytes, Weights::locations), counter(meters, "sitemap"));
        this.pages = new PageCache(settings.pageTtl(), maxEntries, maxBytes);
        if (meters != null) {
            Map.of("articles", articles, "salary", salary, "schools", schools, "careers", careers, "sitemap", sitemap)
                .forEach((name, cache) -> meters.gauge("gateway.cache.bytes", Tags.of("cache", name), cache, SectionCache::bytes));
            meters.gauge("gateway.cache.bytes", Tags.of("cache", "pages"), pages, PageCache::bytes);
        }
    }

    /**
     * Lookups as {@code gateway.cache.lookups{cache, outcome}}: fresh, loaded, stale, failed; at zero
     * from the start, so that a hit ratio is there before the first page.
     */
    private static Consumer<String> counter(@Nullable MeterRegistry meters, String cache) {
        if (meters == null) {
            return outcome -> { };
        }
        Map<String, Counter> counters = new HashMap<>();
        for (String outcome : List.of("fresh", "loaded", "stale", "failed")) {
            counters.put(outcome, meters.counter("gateway.cache.lookups", "cache", cache, "outcome", outcome));
        }
        Map<String, Counter> byOutcome = Map.copyOf(counters);
        // Every lookup counts: the counters are kept, not looked up in the registry each time.
        return outcome -> {
            Counter counter = byOutcome.get(outcome);
            (counter != null ? counter : meters.counter("gateway.cache.lookups", "cache", cache, "outcome", outcome)).increment();
        };
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

    /** @return the sitemap's locations, under the one key {@code all} */
    public SectionCache<String, List<CareerLocation>> sitemap() {
        return sitemap;
    }

    /** @return careers index pages by query */
    public SectionCache<CareersKey, CareersPage> careers() {
        return careers;
    }

    /** @return whole pages */
    public PageCache pages() {
        return pages;
    }
}
