package io.careers.gateway.page;

import io.careers.gateway.cache.CacheSettings;
import io.careers.gateway.cache.RenderedPage;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.serde.annotation.Serdeable;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HttpCachingTest {
    private static final Duration S = Duration.ofSeconds(1);
    private final HttpCaching http = new HttpCaching(ObjectMapper.getDefault(),
        new HttpCacheSettings(Duration.ofSeconds(5), Duration.ofSeconds(30)),
        new CacheSettings(S, Duration.ofSeconds(7), S, S, S, S, S, 10, 32L << 20, S, S));

    @Serdeable
    record Body(String title, int count) {
    }

    @Serdeable
    record Page(String title, Section salary, Meta meta) {
    }

    @Serdeable
    record Section(String median, Instant asOf) {
    }

    @Serdeable
    record Meta(Instant generatedAt) {
    }

    @Test
    void equalContentHasEqualEtagsAndOtherContentAnother() {
        RenderedPage one = http.render(new Body("Medical Records", 2));
        RenderedPage again = http.render(new Body("Medical Records", 2));
        assertEquals(one.etag(), again.etag());
        assertArrayEquals(one.body(), again.body());
        assertNotEquals(one.etag(), http.render(new Body("Medical Records", 3)).etag());
        assertTrue(one.etag().startsWith("W/\""), one.etag());
    }

    @Test
    void theTimesAPageWasComposedAndFetchedAreNotPartOfItsEtag() {
        Instant now = Instant.parse("2026-12-03T10:00:00Z");
        RenderedPage first = http.render(new Page("Medical Records", new Section("$34,970", now), new Meta(now)));
        RenderedPage later = http.render(new Page("Medical Records", new Section("$34,970", now.plusSeconds(7)),
            new Meta(now.plusSeconds(9))));
        assertEquals(first.etag(), later.etag(), "re-composed, same content");
        assertNotEquals(first.etag(), http.render(new Page("Medical Records", new Section("$37,110", now), new Meta(now))).etag());
        // A title that quotes the key is content, not a time: its quotes are escaped in JSON.
        assertNotEquals(http.render(new Page("\"asOf\":\"a\"", null, new Meta(now))).etag(),
            http.render(new Page("\"asOf\":\"b\"", null, new Meta(now))).etag());
    }

    @Test
    void aMatchingIfNoneMatchIs304InEveryFormAClientMaySend() {
        RenderedPage page = http.render(new Body("x", 1));
        String strongForm = page.etag().substring(2);
        for (String header : new String[] {page.etag(), strongForm, "\"other\", " + page.etag(), "*"}) {
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

        // An answer that shows schools carries a token per reader: shared caches keep the body, not the token.
        RenderedPage schools = new RenderedPage(page.body(), page.etag(), null, List.of("11111111-1111-4111-8111-111111111111"));
        assertEquals("public, max-age=5, stale-while-revalidate=30, private=\"Impression-Token\"",
            http.respond(schools, null, true).getHeaders().get(HttpHeaders.CACHE_CONTROL));
        assertEquals("public, max-age=1, private=\"Impression-Token\"",
            http.respond(schools, null, false).getHeaders().get(HttpHeaders.CACHE_CONTROL));
    }
}
