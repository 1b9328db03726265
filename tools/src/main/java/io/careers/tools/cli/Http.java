package io.careers.tools.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.careers.contracts.ContractJson;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** JSON over HTTP for the tools: status and parsed body. */
public final class Http {
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * @param status the status code
     * @param body   the parsed body, or null when empty or not JSON
     * @param text   the raw body
     */
    public record Answer(int status, JsonNode body, String text, Duration retryAfter) {
        public String detail() {
            return body != null && body.hasNonNull("detail") ? body.get("detail").asText() : text;
        }

        /** @return whether the server asked to be called again later (429, or 503 while it recovers) */
        public boolean busy() {
            return status == 429 || status == 503;
        }
    }

    /** The wait a {@code Retry-After} of whole seconds asks for, 1 s when absent or unreadable, at most a minute. */
    static Duration retryAfter(HttpResponse<?> response) {
        try {
            long seconds = Long.parseLong(response.headers().firstValue("Retry-After").orElse("1").strip());
            return Duration.ofSeconds(Math.max(1, Math.min(60, seconds)));
        } catch (NumberFormatException e) {
            return Duration.ofSeconds(1);
        }
    }

    public Answer send(String method, String url, String json, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
            .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode body = null;
        try {
            body = response.body() == null || response.body().isBlank() ? null : ContractJson.readTree(response.body());
        } catch (IOException e) {
            // not JSON: keep the text
        }
        return new Answer(response.statusCode(), body, response.body(), retryAfter(response));
    }
}
