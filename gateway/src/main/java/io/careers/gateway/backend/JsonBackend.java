package io.careers.gateway.backend;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.careers.contracts.ContractJson;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.Optional;

/** GETs JSON from one backend, non-blocking and under its {@link BackendPolicy}; 404 is an answer, not a failure. */
record JsonBackend(HttpClient client, BackendPolicy policy) {
    /**
     * @param uri      path and query
     * @param deadline shorter limit than the backend's timeout, or null
     * @return the parsed body, or empty for 404
     */
    Mono<Optional<JsonNode>> get(String uri, @Nullable Duration deadline) {
        return policy.call(() -> Mono.from(client.exchange(HttpRequest.GET(uri).accept(MediaType.APPLICATION_JSON_TYPE), String.class))
            .map(JsonBackend::parse)
            .onErrorResume(HttpClientResponseException.class, e -> e.getStatus() == HttpStatus.NOT_FOUND
                ? Mono.just(Optional.empty()) : Mono.error(e)), deadline);
    }

    /** @return whether the backend's circuit is closed */
    boolean healthy() {
        return policy.breaker().state() == CircuitBreaker.State.CLOSED;
    }

    private static Optional<JsonNode> parse(HttpResponse<String> response) {
        boolean json = response.getContentType().map(t -> t.getSubtype().endsWith("json")).orElse(false);
        if (!json) {
            throw new MalformedResponseException("the answer is not JSON (" + response.getContentType().orElse(null) + ")");
        }
        try {
            JsonNode body = ContractJson.readTree(response.getBody().orElse(""));
            if (body == null || !body.isObject()) {
                throw new MalformedResponseException("the answer is not a JSON object");
            }
            return Optional.of(body);
        } catch (JsonProcessingException e) {
            throw new MalformedResponseException("the answer is not valid JSON: " + e.getOriginalMessage());
        }
    }
}
