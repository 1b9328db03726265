package io.careers.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.careers.tools.cli.Http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * HTTP calls of the tests, through the tools' client. A service that is down (killed on purpose)
 * answers status -1 instead of failing the call.
 */
public final class Web {
    private static final HttpClient PLAIN = HttpClient.newHttpClient();
    private final Http http = new Http();

    /**
     * @param status the HTTP status, or -1 when nothing answered
     * @param body   the JSON body, or null
     */
    public record Answer(int status, JsonNode body) {
    }

    /** GET with headers. */
    public Answer get(String url, Map<String, String> headers) {
        return send("GET", url, null, headers);
    }

    /** GET. */
    public Answer get(String url) {
        return get(url, Map.of());
    }

    /** PUT a JSON body. */
    public Answer put(String url, String json, Map<String, String> headers) {
        return send("PUT", url, json, headers);
    }

    /** POST a JSON body. */
    public Answer post(String url, String json, Map<String, String> headers) {
        return send("POST", url, json, headers);
    }

    /**
     * GET, for one response header: the {@code Impression-Token} of a page answer, say.
     *
     * @return the header's value, or null when the answer has none or nothing answered
     */
    public String header(String url, String name) {
        try {
            return PLAIN.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.discarding()).headers().firstValue(name).orElse(null);
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private Answer send(String method, String url, String json, Map<String, String> headers) {
        try {
            Http.Answer answer = http.send(method, url, json, headers);
            return new Answer(answer.status(), answer.body());
        } catch (IOException e) {
            return new Answer(-1, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, null);
        }
    }
}
