package io.careers.gateway.cache;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SectionCacheTest {
    private static final Duration WAIT = Duration.ofSeconds(2);

    @Test
    void concurrentMissesShareOneLoad() {
        SectionCache<String, String> cache = new SectionCache<>(v -> Duration.ofMinutes(1), Duration.ofHours(1), 100);
        AtomicInteger loads = new AtomicInteger();
        Sinks.One<String> backend = Sinks.one();
        Mono<SectionCache.Hit<String>> first = cache.get("k", () -> {
            loads.incrementAndGet();
            return backend.asMono();
        }, WAIT);
        Mono<SectionCache.Hit<String>> second = cache.get("k", () -> {
            loads.incrementAndGet();
            return backend.asMono();
        }, WAIT);
        first.subscribe();
        backend.tryEmitValue("v");
        assertEquals("v", second.block().value());
        assertEquals("v", cache.get("k", () -> Mono.error(new IllegalStateException()), WAIT).block().value());
        assertEquals(1, loads.get());
    }

    @Test
    void aFailedLoadServesTheLastGoodValueAsStale() {
        SectionCache<String, String> cache = new SectionCache<>(v -> Duration.ZERO, Duration.ofHours(1), 100);
        assertFalse(cache.get("k", () -> Mono.just("good"), WAIT).block().stale());
        SectionCache.Hit<String> hit = cache.get("k", () -> Mono.error(new IllegalStateException("down")), WAIT).block();
        assertEquals("good", hit.value());
        assertTrue(hit.stale());
        assertThrows(IllegalStateException.class,
            () -> cache.get("never-loaded", () -> Mono.error(new IllegalStateException("down")), WAIT).block());
    }

    @Test
    void aLoadThatBeganBeforeAnInvalidationIsNotKept() {
        SectionCache<String, String> cache = new SectionCache<>(v -> Duration.ofMinutes(1), Duration.ofHours(1), 100);
        Sinks.One<String> slow = Sinks.one();
        Mono<SectionCache.Hit<String>> before = cache.get("k", slow::asMono, WAIT);
        before.subscribe();
        cache.invalidateAll();
        slow.tryEmitValue("old");
        assertEquals("new", cache.get("k", () -> Mono.just("new"), WAIT).block().value());
    }

    @Test
    void anInvalidatedValueIsReloadedButKeptForStaleIfError() {
        SectionCache<String, String> cache = new SectionCache<>(v -> Duration.ofMinutes(1), Duration.ofHours(1), 100);
        cache.get("k", () -> Mono.just("v1"), WAIT).block();
        cache.invalidate("k"::equals);
        SectionCache.Hit<String> failed = cache.get("k", () -> Mono.error(new IllegalStateException()), WAIT).block();
        assertEquals("v1", failed.value());
        assertTrue(failed.stale());
        assertEquals("v2", cache.get("k", () -> Mono.just("v2"), WAIT).block().value());
    }

    @Test
    void aCacheBoundedByWeightKeepsWithinItsBytesAndNeverAValueHeavierThanAll() {
        SectionCache<String, String> cache = new SectionCache<>(v -> Duration.ofMinutes(1), Duration.ofHours(1),
            new CacheBounds<>(1_000, 100, String::length), outcome -> { });
        for (int i = 0; i < 10; i++) {
            cache.get("k" + i, () -> Mono.just("x".repeat(30)), WAIT).block();
            assertTrue(cache.bytes() <= 100, "bytes held: " + cache.bytes());
        }
        assertEquals(3, cache.size());
        assertEquals(90, cache.bytes());
        // Many keys are not the only way to fill memory: one value heavier than the whole budget.
        assertEquals(101, cache.get("huge", () -> Mono.just("x".repeat(101)), WAIT).block().value().length());
        assertEquals(90, cache.bytes());
        AtomicInteger loads = new AtomicInteger();
        cache.get("huge", () -> Mono.fromSupplier(() -> "y".repeat(101 + loads.incrementAndGet())), WAIT).block();
        assertEquals(1, loads.get(), "the huge value was served, not kept");
        // The newest is kept when it pushes the others out.
        assertEquals("z".repeat(95), cache.get("big", () -> Mono.just("z".repeat(95)), WAIT).block().value());
        assertEquals(1, cache.size());
        assertEquals(95, cache.bytes());
        // Replacing a key counts its new weight only.
        cache.invalidateAll();
        cache.get("big", () -> Mono.just("z".repeat(40)), WAIT).block();
        assertEquals(40, cache.bytes());
    }
}
