package io.careers.schools.listing;

import io.careers.schools.PartnerApi;
import io.careers.schools.SchoolsTestSupport;
import io.careers.testkit.KafkaTestClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** With a long-lived answer cache, a listing change committed here is visible at once. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SchoolsPageCacheIT implements TestPropertyProvider {
    private final KafkaTestClient kafka = KafkaTestClient.forTests();

    @Inject
    @Client("/")
    HttpClient http;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(SchoolsTestSupport.properties("page_cache", kafka));
        properties.put("schools.listing-cache.ttl", "60s");
        return properties;
    }

    @AfterAll
    void close() {
        kafka.close();
    }

    @Test
    void aLocalChangeDropsCachedAnswersAtOnce() {
        PartnerApi api = new PartnerApi(http);
        String key = api.newPartner("cache-partner");
        assertEquals(201, api.put(key, "one", PartnerApi.listing("one")).status());
        assertEquals(1, api.schools("?cip=51.0707").body().get("totalItems").asInt());
        assertEquals(201, api.put(key, "two", PartnerApi.listing("two")).status());
        assertEquals(2, api.schools("?cip=51.0707").body().get("totalItems").asInt(), "not the cached answer");
        assertEquals(204, api.delete(key, "one").status());
        assertEquals(1, api.schools("?cip=51.0707").body().get("totalItems").asInt());
    }
}
