package io.careers.schools.partner;

import io.careers.schools.PartnerApi;
import io.careers.schools.PartnerApi.Answer;
import io.careers.schools.SchoolsTestSupport;
import io.careers.testkit.KafkaTestClient;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One partner writing in a loop gets 429 with Retry-After; another partner writes on. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartnerWriteLimitIT implements TestPropertyProvider {
    private final KafkaTestClient kafka = KafkaTestClient.forTests();

    @Inject
    @Client("/")
    HttpClient http;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(SchoolsTestSupport.properties("partner_write_limit", kafka));
        properties.put("schools.partner-writes.per-second", "0.2");
        properties.put("schools.partner-writes.burst", "3");
        return properties;
    }

    @AfterAll
    void close() {
        kafka.close();
    }

    @Test
    void aPartnerOverItsWriteRateGets429WithRetryAfterAndOthersWriteOn() {
        PartnerApi api = new PartnerApi(http);
        String looping = api.newPartner("looping-partner");
        String other = api.newPartner("other-partner");
        for (int i = 0; i < 3; i++) {
            assertEquals(201, api.put(looping, "l" + i, PartnerApi.listing("l" + i)).status(), "write " + (i + 1) + " is in the burst");
        }
        Answer refused = api.put(looping, "l3", PartnerApi.listing("l3"));
        assertEquals(429, refused.status(), refused.toString());
        assertEquals("application/problem+json", refused.contentType());
        assertEquals(429, api.delete(looping, "l0").status(), "a withdrawal counts too");

        HttpClientResponseException batch = assertThrows(HttpClientResponseException.class, () -> http.toBlocking().exchange(
            HttpRequest.POST("/api/v1/partner/listings/batch", "[" + PartnerApi.listing("l4") + "]")
                .contentType(MediaType.APPLICATION_JSON_TYPE).header("X-API-Key", looping)));
        assertEquals(429, batch.getStatus().getCode());
        long retryAfter = Long.parseLong(batch.getResponse().getHeaders().get("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 5, "one listing is back within 5 s at 0.2/s: " + retryAfter);

        assertEquals(201, api.put(other, "o1", PartnerApi.listing("o1")).status(), "another partner has its own bucket");
        assertEquals(List.of("l0", "l1", "l2"), externalIds(api.list(looping)), "nothing refused was stored");
    }

    private static List<String> externalIds(Answer list) {
        List<String> ids = new ArrayList<>();
        list.body().get("items").forEach(i -> ids.add(i.get("externalId").asText()));
        return ids.stream().sorted().toList();
    }
}
