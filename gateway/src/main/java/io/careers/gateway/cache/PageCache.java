package io.careers.gateway.cache;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Whole composed pages whose every section was fresh, reused for a short time. Any change event
 * empties it (a new generation), so a cached page never outlives the data it was built from.
 * Bounded by pages and by the bytes of their bodies.
 */
public final class PageCache {
    private final long ttlNanos;
    private final int maxEntries;
    private final long maxBytes;
    private final AtomicLong bytes = new AtomicLong();
    private final Map<PageKey, Entry> pages = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    private record Entry(RenderedPage page, long generation, long freshUntilNanos) {
    }

    /**
     * @param ttl        how long a page is reused
     * @param maxEntries pages kept at most
     * @param maxBytes   bytes of the pages' bodies kept at most
     */
    public PageCache(Duration ttl, int maxEntries, long maxBytes) {
        this.ttlNanos = ttl.toNanos();
        this.maxEntries = maxEntries;
        this.maxBytes = maxBytes;
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
        long size = page.body().length;
        if (ttlNanos <= 0 || composedAt != generation.get() || size > maxBytes) {
            return;
        }
        // Pages live seconds: when full, starting again costs little and needs no bookkeeping of age.
        if (pages.size() >= maxEntries || bytes.get() + size > maxBytes) {
            clear();
        }
        Entry replaced = pages.put(key, new Entry(page, composedAt, System.nanoTime() + ttlNanos));
        bytes.addAndGet(size - (replaced == null ? 0 : replaced.page().body().length));
    }

    /** @return bytes of the pages held */
    public long bytes() {
        return bytes.get();
    }

    private void clear() {
        pages.clear();
        bytes.set(0);
    }

    /** Drops every page: some data changed. */
    public void invalidateAll() {
        generation.incrementAndGet();
        clear();
    }
}
