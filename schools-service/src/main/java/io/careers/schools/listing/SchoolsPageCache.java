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
 * shows within the time to live.
 */
@Singleton
class SchoolsPageCache {
    private static final int MAX_ENTRIES = 10_000;

    private final long ttlNanos;
    private final Map<SchoolsQuery, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

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
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        // Stored with the generation seen before loading: a change committed meanwhile makes it stale.
        entries.put(query, new Entry(page, now, current));
        return page;
    }

    @TransactionalEventListener
    void onListingsChanged(ListingsChanged event) {
        generation.incrementAndGet();
        entries.clear();
    }

    private record Entry(SchoolsPage page, long loadedAt, long generation) {
    }
}
