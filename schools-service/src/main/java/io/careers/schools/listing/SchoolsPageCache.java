package io.careers.schools.listing;

import io.careers.contracts.api.schools.SchoolsPage;
import io.micronaut.context.annotation.Property;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Keeps answers of the public listing query for a short time ({@code schools.listing-cache.ttl},
 * 0 turns it off): career pages ask the same few queries again and again. A listing
 * change committed by this instance drops every answer at once; one committed by another instance
 * shows within the time to live. Bounded by answers and by the entries they hold.
 */
@Singleton
class SchoolsPageCache {
    private static final int MAX_ENTRIES = 10_000;
    /** Entries held at most across all answers (about 1 KB each): many full pages weigh more than many keys. */
    static final int MAX_ITEMS = 50_000;

    private final long ttlNanos;
    private final Map<SchoolsQuery, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final AtomicLong items = new AtomicLong();

    SchoolsPageCache(@Property(name = "schools.listing-cache.ttl") Duration ttl) {
        this.ttlNanos = ttl.toNanos();
    }

    SchoolsPage get(SchoolsQuery query, Supplier<SchoolsPage> load) {
        if (ttlNanos <= 0) {
            return load.get();
        }
        long now = System.nanoTime();
        long current = generation.get();
        Entry entry = entries.get(query);
        if (entry != null && entry.generation == current && now - entry.loadedAt < ttlNanos) {
            return entry.page;
        }
        SchoolsPage page = load.get();
        int weight = page.items().size() + 1;
        // Answers live seconds: when full, starting again costs little and needs no bookkeeping of age.
        if (entries.size() >= MAX_ENTRIES || items.get() + weight > MAX_ITEMS) {
            clear();
        }
        // Stored with the generation seen before loading: a change committed meanwhile makes it stale.
        Entry replaced = entries.put(query, new Entry(page, now, current));
        items.addAndGet(weight - (replaced == null ? 0 : replaced.page.items().size() + 1));
        return page;
    }

    /** @return entries held across all answers, each answer counting one more */
    long weight() {
        return items.get();
    }

    private void clear() {
        entries.clear();
        items.set(0);
    }

    @TransactionalEventListener
    void onListingsChanged(ListingsChanged event) {
        generation.incrementAndGet();
        clear();
    }

    private record Entry(SchoolsPage page, long loadedAt, long generation) {
    }
}
