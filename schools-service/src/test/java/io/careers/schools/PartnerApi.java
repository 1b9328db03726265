package io.careers.schools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Calls schools-service as partners, admins and the public do, and returns status and body. */
public final class PartnerApi {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http;

    public PartnerApi(HttpClient http) {
        this.http = http;
    }

    /** An answer: status and parsed body (null when empty). */
    public record Answer(int status, JsonNode body, String contentType) {
    }

    public Answer send(MutableHttpRequest<?> request) {
        try {
            HttpResponse<String> response = http.toBlocking().exchange(request, String.class);
            return answer(response.code(), response.getBody().orElse(null), response.getContentType().map(MediaType::toString).orElse(null));
        } catch (HttpClientResponseException e) {
            return answer(e.code(), e.getResponse().getBody(String.class).orElse(null),
                e.getResponse().getContentType().map(MediaType::toString).orElse(null));
        }
    }

    public Answer createPartner(String partnerId) {
        return send(HttpRequest.POST("/api/v1/admin/partners", Map.of("name", "Partner " + partnerId, "partnerId", partnerId))
            .bearerAuth(SchoolsTestSupport.token("admin", List.of("ADMIN"))));
    }

    /** An admin grants a partner a campaign. */
    public Answer createCampaign(String campaignId, String partnerId, int priority, LocalDate from, LocalDate to, String disclosure) {
        return send(HttpRequest.POST("/api/v1/admin/campaigns", Map.of("campaignId", campaignId, "partnerId", partnerId,
                "terms", terms(priority, from, to, disclosure)))
            .bearerAuth(SchoolsTestSupport.token("admin", List.of("ADMIN"))));
    }

    /** An admin changes a campaign's terms. */
    public Answer changeCampaign(String campaignId, int priority, LocalDate from, LocalDate to, String disclosure) {
        return send(HttpRequest.PUT("/api/v1/admin/campaigns/" + campaignId, terms(priority, from, to, disclosure))
            .bearerAuth(SchoolsTestSupport.token("admin", List.of("ADMIN"))));
    }

    /** @return the {@code sponsorship} of a listing that names a campaign {@link #createCampaign} made, which must be 201 */
    public String campaign(String campaignId, String partnerId, int priority, LocalDate from, LocalDate to) {
        Answer created = createCampaign(campaignId, partnerId, priority, from, to, "SPONSORED");
        if (created.status() != 201) {
            throw new AssertionError("could not create campaign " + campaignId + ": " + created);
        }
        return "{\"campaignId\": \"" + campaignId + "\"}";
    }

    private static Map<String, Object> terms(int priority, LocalDate from, LocalDate to, String disclosure) {
        return Map.of("priority", priority, "activeFrom", from.toString(), "activeTo", to.toString(), "disclosure", disclosure);
    }

    /** @return the new partner's API key */
    public String newPartner(String partnerId) {
        Answer created = createPartner(partnerId);
        if (created.status() != 201) {
            throw new AssertionError("could not create partner " + partnerId + ": " + created);
        }
        return created.body().get("apiKey").asText();
    }

    public Answer put(String key, String externalId, String body) {
        MutableHttpRequest<String> request = HttpRequest.PUT("/api/v1/partner/listings/" + externalId, body)
            .contentType(MediaType.APPLICATION_JSON_TYPE);
        return send(key == null ? request : request.header("X-API-Key", key));
    }

    public Answer batch(String key, String body) {
        return send(HttpRequest.POST("/api/v1/partner/listings/batch", body).contentType(MediaType.APPLICATION_JSON_TYPE)
            .header("X-API-Key", key));
    }

    public Answer delete(String key, String externalId) {
        return send(HttpRequest.DELETE("/api/v1/partner/listings/" + externalId).header("X-API-Key", key));
    }

    public Answer list(String key) {
        return send(HttpRequest.GET("/api/v1/partner/listings?size=100").header("X-API-Key", key));
    }

    public Answer schools(String query) {
        return send(HttpRequest.GET("/api/v1/schools" + query));
    }

    private static Answer answer(int status, String body, String contentType) {
        try {
            return new Answer(status, body == null || body.isEmpty() ? null : JSON.readTree(body), contentType);
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + body, e);
        }
    }

    /** A listing document like the contract's example, with its own external id. */
    public static String listing(String externalId, String institution, String city, String state, String cip,
                                 String credential, String delivery, String sponsorship) {
        return """
            {"externalId": "%s",
             "institution": {"name": "%s", "city": "%s", "state": "%s", "ownership": "PUBLIC", "website": "https://www.example.edu"},
             "program": {"title": "Health Information Technology", "cipCode": "%s", "credential": "%s",
                         "delivery": "%s", "accreditations": ["CAHIIM"], "annualTuitionUsd": 4890}%s}
            """.formatted(externalId, institution, city, state, cip, credential, delivery,
            sponsorship == null ? "" : ", \"sponsorship\": " + sponsorship);
    }

    public static String listing(String externalId) {
        return listing(externalId, "Mohawk Valley Community College", "Utica", "NY", "51.0707", "ASSOCIATE", "ONLINE", null);
    }
}
