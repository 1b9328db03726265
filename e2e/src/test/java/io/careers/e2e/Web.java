package io.careers.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.careers.tools.cli.Http;

import java.io.IOException;
import java.util.Map;

/**
 * HTTP calls of the tests, through the tools' client. A service that is down (killed on purpose)
 * answers status -1 instead of failing the call.
 */
final class Web {
    private final Http http = new Http();

    record Answer(int status, JsonNode body) {
    }

    Answer get(String url, Map<String, String> headers) {
        return send("GET", url, null, headers);
    }

    Answer get(String url) {
        return get(url, Map.of());
    }

    Answer put(String url, String json, Map<String, String> headers) {
        return send("PUT", url, json, headers);
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
