package io.careers.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.careers.tools.cli.Http;

import java.io.IOException;
import java.util.Map;

/**
 * HTTP calls of the tests, through the tools' client. A service that is down (killed on purpose)
 * answers status -1 instead of failing the call.
 */
public final class Web {
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
