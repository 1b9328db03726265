package io.careers.gateway.page;

import io.careers.gateway.cache.CacheSettings;
import io.careers.gateway.cache.RenderedPage;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.serde.annotation.Serdeable;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class HttpCachingTest {
    private static final Duration S = Duration.ofSeconds(1);
    private final HttpCaching http = new HttpCaching(ObjectMapper.getDefault(),
        new HttpCacheSettings(Duration.ofSeconds(5), Duration.ofSeconds(30)),
        new CacheSettings(S, Duration.ofSeconds(7), S, S, S, S, S, 10, S));

    @Serdeable
    record Body(String title, int count) {
    }

    @Test
    void equalContentHasEqualStrongEtagsAndOtherContentAnother() {
        RenderedPage one = http.render(new Body("Medical Records", 2));
        RenderedPage again = http.render(new Body("Medical Records", 2));
        assertEquals(one.etag(), again.etag());
        assertArrayEquals(one.body(), again.body());
        assertNotEquals(one.etag(), http.render(new Body("Medical Records", 3)).etag());
        assertEquals('"', one.etag().charAt(0), "a strong ETag, quoted");
    }

    @Test
    void aMatchingIfNoneMatchIs304InEveryFormAClientMaySend() {
        RenderedPage page = http.render(new Body("x", 1));
        for (String header : new String[] {page.etag(), "W/" + page.etag(), "\"other\", " + page.etag(), "*"}) {
            HttpResponse<?> response = http.respond(page, header, true);
            assertEquals(304, response.code(), header);
            assertEquals(page.etag(), response.getHeaders().get(HttpHeaders.ETAG));
        }
        assertEquals(200, http.respond(page, "\"other\"", true).code());
        assertEquals(200, http.respond(page, null, true).code());
    }

    @Test
    void wholeAnswersAreKeptLongerThanDegradedOnesAnd404sAsLongAsTheGatewayRemembersThem() {
        RenderedPage page = http.render(new Body("x", 1));
        assertEquals("public, max-age=5, stale-while-revalidate=30",
            http.respond(page, null, true).getHeaders().get(HttpHeaders.CACHE_CONTROL));
        assertEquals("public, max-age=1", http.respond(page, null, false).getHeaders().get(HttpHeaders.CACHE_CONTROL));
        assertEquals("public, max-age=7", http.notFoundCacheControl());
    }
}
