package io.careers.gateway.cache;

import reactor.core.publisher.Mono;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A cache of one kind of section (articles, salary figures, schools pages):
 * <ul>
 *   <li>fresh for a TTL that may depend on the value (a "not found" lives shorter);</li>
 *   <li>one load per key at a time: concurrent requests for a key share the call in flight;</li>
 *   <li>stale-if-error: when a load fails, the last good value is served, marked stale, for up to
 *       {@code keepStale} after it was fetched;</li>
 *   <li>invalidation marks entries stale (they stay available for stale-if-error) and stops
 *       in-flight loads that began before it from being stored;</li>
 *   <li>bounded by entries and by weight (estimated bytes): many small keys and a few huge values
 *       cost the same memory budget; a value heavier than the whole budget is served, never kept.</li>
 * </ul>
 *
 * @param <K> key
 * @param <V> value
 */
public final class SectionCache<K, V> {
    private final Function<V, Duration> ttl;
    private final Duration keepStale;
    private final CacheBounds<V> bounds;
    private final AtomicLong bytes = new AtomicLong();
    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final Map<K, Mono<Entry<V>>> inFlight = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final Consumer<String> outcomes;

    /**
     * @param ttl        how long a value is fresh
     * @param keepStale  how long a value may be served stale when loads fail
     * @param maxEntries entries kept at most
     */
    public SectionCache(Function<V, Duration> ttl, Duration keepStale, int maxEntries) {
        this(ttl, keepStale, new CacheBounds<>(maxEntries, Long.MAX_VALUE, value -> 0), outcome -> { });
    }

    /**
     * @param ttl        how long a value is fresh
     * @param keepStale  how long a value may be served stale when loads fail
     * @param bounds     entries and estimated bytes kept at most
     * @param outcomes   told of each lookup's outcome: fresh, loaded, stale or failed
     */
    public SectionCache(Function<V, Duration> ttl, Duration keepStale, CacheBounds<V> bounds, Consumer<String> outcomes) {
        this.ttl = ttl;
        this.keepStale = keepStale;
        this.bounds = bounds;
        this.outcomes = outcomes;
    }


    /**
     * A value, and whether it is served stale because its load failed.
     *
     * @param value the value
     * @param asOf  when it was fetched
     * @param stale true when served after a failed load
     * @param <V>   value
     */
    public record Hit<V>(V value, Instant asOf, boolean stale) {
    }

    private record Entry<V>(V value, Instant fetchedAt, long freshUntilNanos, boolean invalidated, long bytes) {
        boolean fresh() {
            return !invalidated && System.nanoTime() < freshUntilNanos;
        }
    }

    /**
     * @param key     key
     * @param loader  loads the value on a miss; its errors mean the backend could not answer
     * @param maxWait how long this caller waits for a load (it may share one another caller began)
     * @return a fresh value, the value in flight, or a stale one if the load fails and there is
     *         one; else the load's error
     */
    public Mono<Hit<V>> get(K key, Supplier<Mono<V>> loader, Duration maxWait) {
        Entry<V> cached = entries.get(key);
        if (cached != null && cached.fresh()) {
            outcomes.accept("fresh");
            return Mono.just(new Hit<>(cached.value(), cached.fetchedAt(), false));
        }
        return inFlight.computeIfAbsent(key, k -> load(k, loader))
            .timeout(maxWait)
            .map(entry -> {
                outcomes.accept("loaded");
                return new Hit<>(entry.value(), entry.fetchedAt(), false);
            })
            .onErrorResume(error -> {
                Entry<V> last = entries.get(key);
                if (last != null && last.fetchedAt().plus(keepStale).isAfter(Instant.now())) {
                    outcomes.accept("stale");
                    return Mono.just(new Hit<>(last.value(), last.fetchedAt(), true));
                }
                outcomes.accept("failed");
                return Mono.error(error);
            });
    }

    private Mono<Entry<V>> load(K key, Supplier<Mono<V>> loader) {
        long startedAt = generation.get();
        @SuppressWarnings("unchecked")
        Mono<Entry<V>>[] self = new Mono[1];
        self[0] = Mono.defer(loader)
            .map(value -> new Entry<>(value, Instant.now(), System.nanoTime() + ttl.apply(value).toNanos(), false,
                bounds.weigher().applyAsLong(value)))
            .doOnNext(entry -> {
                // A load that began before an invalidation may carry the old state: serve it to its
                // waiters, but do not keep it.
                if (generation.get() == startedAt) {
                    store(key, entry);
                }
            })
            .doFinally(signal -> inFlight.remove(key, self[0]))
            .cache();
        return self[0];
    }

    private void store(K key, Entry<V> entry) {
        if (entry.bytes() > bounds.maxBytes()) {
            return;
        }
        Entry<V> replaced = entries.put(key, entry);
        bytes.addAndGet(entry.bytes() - (replaced == null ? 0 : replaced.bytes()));
        if (overBounds()) {
            evictFor(key);
        }
    }

    private boolean overBounds() {
        return entries.size() > bounds.maxEntries() || bytes.get() > bounds.maxBytes();
    }

    /** Drops entries past their stale-if-error window, then any others, until within bounds; never {@code kept}. */
    private void evictFor(K kept) {
        long expiredBefore = System.nanoTime() - keepStale.toNanos();
        entries.forEach((key, e) -> {
            if (!e.fresh() && e.freshUntilNanos() < expiredBefore) {
                remove(key, e);
            }
        });
        Iterator<Map.Entry<K, Entry<V>>> all = entries.entrySet().iterator();
        while (overBounds() && all.hasNext()) {
            Map.Entry<K, Entry<V>> next = all.next();
            if (!next.getKey().equals(kept)) {
                remove(next.getKey(), next.getValue());
            }
        }
    }

    private void remove(K key, Entry<V> entry) {
        if (entries.remove(key, entry)) {
            bytes.addAndGet(-entry.bytes());
        }
    }

    /** Marks every entry whose key matches as no longer fresh. */
    public void invalidate(Predicate<K> matching) {
        invalidate((key, value) -> matching.test(key));
    }

    /**
     * Marks every entry whose key or value matches as no longer fresh. A fetch still in flight is
     * tested with a null value; whatever it brings is not kept anyway (the generation changed).
     */
    public void invalidate(BiPredicate<K, V> matching) {
        generation.incrementAndGet();
        inFlight.keySet().removeIf(key -> matching.test(key, null));
        entries.replaceAll((key, entry) -> matching.test(key, entry.value()) && !entry.invalidated()
            ? new Entry<>(entry.value(), entry.fetchedAt(), entry.freshUntilNanos(), true, entry.bytes()) : entry);
    }

    /** Marks every entry as no longer fresh. */
    public void invalidateAll() {
        invalidate(key -> true);
    }

    /** @return entries held, fresh or not */
    public int size() {
        return entries.size();
    }

    /** @return estimated bytes of the values held */
    public long bytes() {
        return bytes.get();
    }
}
