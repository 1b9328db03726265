package io.careers.faults;

import com.fasterxml.jackson.databind.JsonNode;
import io.careers.contracts.auth.AccessTokens;
import io.careers.e2e.Web;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A partner of its own, feeding listings in batches through the partner API of two
 * schools-service instances as a partner's client with failover would: a batch that fails on the
 * first instance goes again to the second.
 */
final class PartnerFeed {
    private final Web web = new Web();
    private final String first;
    private final String second;
    private final String key;

    /**
     * Creates the partner through the admin API of the second instance.
     *
     * @param first     the first instance's URL
     * @param second    the second instance's URL
     * @param jwtSecret the platform's secret, for an admin token
     */
    PartnerFeed(String first, String second, String jwtSecret) {
        this.first = first;
        this.second = second;
        String admin = "Bearer " + AccessTokens.issue(jwtSecret, "faults", List.of("ADMIN"), Duration.ofHours(1));
        Web.Answer created = web.post(second + "/api/v1/admin/partners",
            "{\"name\": \"Scale-out partner\", \"partnerId\": \"scale-" + System.currentTimeMillis() + "\"}", Map.of("Authorization", admin));
        assertEquals(201, created.status(), String.valueOf(created.body()));
        this.key = created.body().path("apiKey").asText();
    }

    /**
     * @param batches how many batches
     * @param size    listings in each
     * @return how many batches had to go to the second instance
     */
    int send(int batches, int size) {
        int retried = 0;
        for (int b = 0; b < batches; b++) {
            String body = batch(b * size, size);
            Web.Answer answer = web.post(first + "/api/v1/partner/listings/batch", body, apiKey());
            if (answer.status() != 200) {
                retried++;
                answer = web.post(second + "/api/v1/partner/listings/batch", body, apiKey());
            }
            assertEquals(200, answer.status(), "batch " + b + ": " + answer.body());
        }
        return retried;
    }

    /** @return how many listings the partner has, or -1 while the second instance does not answer */
    long stored() {
        Web.Answer answer = web.get(second + "/api/v1/partner/listings?size=1", apiKey());
        return answer.status() == 200 ? answer.body().path("totalItems").asLong() : -1;
    }

    /** @return the ids of every listing the partner has */
    Set<String> listingIds() {
        Set<String> ids = new HashSet<>();
        for (int pageNumber = 1; ; pageNumber++) {
            JsonNode answer = web.get(second + "/api/v1/partner/listings?size=100&page=" + pageNumber, apiKey()).body();
            if (answer == null) {
                throw new IllegalStateException("the partner listings did not answer");
            }
            answer.path("items").forEach(item -> ids.add(item.path("listingId").asText()));
            if (pageNumber >= answer.path("totalPages").asInt()) {
                return ids;
            }
        }
    }

    private Map<String, String> apiKey() {
        return Map.of("X-API-Key", key);
    }

    private static String batch(int from, int size) {
        StringJoiner items = new StringJoiner(",", "[", "]");
        for (int i = from; i < from + size; i++) {
            items.add("""
                {"externalId": "scale-%d", "institution": {"name": "Scale Institution %d", "city": "Raleigh", "state": "NC",
                 "ownership": "PUBLIC", "website": null},
                 "program": {"title": "Health Information Technology %d", "cipCode": "51.0707", "credential": "ASSOCIATE",
                 "delivery": "ONLINE", "accreditations": [], "annualTuitionUsd": 3000}}""".formatted(i, i / 4, i));
        }
        return items.toString();
    }
}
