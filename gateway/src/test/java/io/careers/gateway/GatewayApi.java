package io.careers.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;

import java.io.IOException;

/** Calls the gateway as a front end does. */
public final class GatewayApi {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http;

    public GatewayApi(HttpClient http) {
        this.http = http;
    }

    /** Status, headers that matter, parsed body (null when empty) and the time taken. */
    public record Answer(int status, JsonNode body, String etag, String cacheControl, String retryAfter,
                         String contentType, String impressionToken, long millis) {
        public String sectionStatus(String section) {
            return body.get(section).get("status").asText();
        }
    }

    public Answer page(String slug) {
        return send(HttpRequest.GET("/api/v1/pages/careers/" + slug));
    }

    /** Reports a listing of an answer that carried {@code impressionToken} as viewed or clicked. */
    public Answer interaction(String type, String listingId, String slug, String impressionToken) {
        return send(HttpRequest.POST("/api/v1/interactions", String.format(
                "{\"type\": \"%s\", \"listingId\": \"%s\", \"slug\": \"%s\", \"impression\": \"%s\"}",
                type, listingId, slug, impressionToken))
            .contentType(MediaType.APPLICATION_JSON_TYPE));
    }

    public Answer send(MutableHttpRequest<?> request) {
        long start = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = http.toBlocking().exchange(request, String.class);
        } catch (HttpClientResponseException e) {
            @SuppressWarnings("unchecked")
            HttpResponse<String> failed = (HttpResponse<String>) e.getResponse();
            response = failed;
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        String body = response.getBody(String.class).orElse(null);
        try {
            return new Answer(response.code(), body == null || body.isEmpty() ? null : JSON.readTree(body),
                response.getHeaders().get("ETag"), response.getHeaders().get("Cache-Control"),
                response.getHeaders().get("Retry-After"), response.getContentType().map(MediaType::toString).orElse(null),
                response.getHeaders().get("Impression-Token"), millis);
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + body, e);
        }
    }
}
