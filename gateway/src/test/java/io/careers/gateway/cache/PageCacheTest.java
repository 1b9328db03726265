package io.careers.gateway.cache;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

class PageCacheTest {
    private static RenderedPage page(int bytes) {
        return new RenderedPage(new byte[bytes], "W/\"x\"", null, List.of());
    }

    private static PageKey key(String slug) {
        return new PageKey(slug, null, null, null, null, 1, 10);
    }

    @Test
    void pagesAreBoundedByTheBytesOfTheirBodies() {
        PageCache cache = new PageCache(Duration.ofMinutes(1), 1_000, 1_000);
        for (int i = 0; i < 3; i++) {
            cache.put(key("p" + i), page(300), cache.generation());
        }
        assertEquals(900, cache.bytes());
        cache.put(key("p3"), page(300), cache.generation());
        assertEquals(300, cache.bytes(), "full: started again with the newest page");
        assertNotNull(cache.get(key("p3")));
        assertNull(cache.get(key("p0")));
        cache.put(key("huge"), page(1_001), cache.generation());
        assertNull(cache.get(key("huge")), "a page larger than the whole budget is never kept");
        cache.put(key("p3"), page(200), cache.generation());
        assertEquals(200, cache.bytes(), "a page replaced counts its new size only");
        cache.invalidateAll();
        assertEquals(0, cache.bytes());
    }
}
