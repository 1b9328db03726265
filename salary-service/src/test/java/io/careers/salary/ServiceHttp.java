package io.careers.salary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.careers.testkit.Eventually;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The read API of a running salary-service, as any client calls it; safe for several threads at once. */
public final class ServiceHttp {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final URI base;

    /** @param base the service's base URL */
    public ServiceHttp(URI base) {
        this.base = base;
    }

    /** @return the JSON answer of a GET that must be 200 */
    public JsonNode get(String path) {
        HttpResponse<String> response = send(path);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("GET " + path + " answered no JSON", e);
        }
    }

    /** @return the status of a GET */
    public int status(String path) {
        return send(path).statusCode();
    }

    private HttpResponse<String> send(String path) {
        try {
            return http.send(HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("GET " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** @return the release as {@code GET /api/v1/releases} lists it, or null */
    public JsonNode release(String releaseId) {
        for (JsonNode release : get("/api/v1/releases")) {
            if (release.get("releaseId").asText().equals(releaseId)) {
                return release;
            }
        }
        return null;
    }

    /** Waits until the release has the status. */
    public void awaitStatus(String releaseId, String status, Duration timeout) {
        Eventually.await(releaseId + " " + status, timeout, () -> {
            JsonNode release = release(releaseId);
            return release != null && status.equals(release.get("status").asText());
        });
    }
}
