package io.careers.gateway.cache;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Whole composed pages whose every section was fresh, reused for a short time. Any change event
 * empties it (a new generation), so a cached page never outlives the data it was built from.
 */
public final class PageCache {
    private final long ttlNanos;
    private final int maxEntries;
    private final Map<PageKey, Entry> pages = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    private record Entry(RenderedPage page, long generation, long freshUntilNanos) {
    }

    /**
     * @param ttl        how long a page is reused
     * @param maxEntries pages kept at most
     */
    public PageCache(Duration ttl, int maxEntries) {
        this.ttlNanos = ttl.toNanos();
        this.maxEntries = maxEntries;
    }

    /** @return the generation to pass to {@link #put} for a page about to be composed */
    public long generation() {
        return generation.get();
    }

    /** @return the cached page, or null */
    public RenderedPage get(PageKey key) {
        Entry entry = pages.get(key);
        if (entry == null || entry.generation() != generation.get() || System.nanoTime() > entry.freshUntilNanos()) {
            return null;
        }
        return entry.page();
    }

    /** Keeps a page composed from data as of {@code composedAt} (a generation); ignored if data changed since. */
    public void put(PageKey key, RenderedPage page, long composedAt) {
        if (ttlNanos <= 0 || composedAt != generation.get()) {
            return;
        }
        if (pages.size() >= maxEntries) {
            pages.clear();
        }
        pages.put(key, new Entry(page, composedAt, System.nanoTime() + ttlNanos));
    }

    /** Drops every page: some data changed. */
    public void invalidateAll() {
        generation.incrementAndGet();
        pages.clear();
    }
}
