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
}
