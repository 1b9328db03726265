package io.careers.gateway.backend;

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

/**
 * GETs one backend's answers, non-blocking and under its {@link BackendPolicy}, as the answer records
 * the backend writes; 404 is an answer, not a failure.
 */
record JsonBackend(HttpClient client, BackendPolicy policy, BackendAnswers answers) {
    /**
     * @param uri      path and query
     * @param type     the answer record
     * @param deadline shorter limit than the backend's timeout, or null
     * @param <T>      its type
     * @return the answer, or empty for 404
     */
    <T> Mono<Optional<T>> get(String uri, Class<T> type, @Nullable Duration deadline) {
        return policy.call(() -> Mono.from(client.exchange(HttpRequest.GET(uri).accept(MediaType.APPLICATION_JSON_TYPE), String.class))
            .map(response -> Optional.of(answers.read(jsonBody(response), type)))
            .onErrorResume(HttpClientResponseException.class, e -> e.getStatus() == HttpStatus.NOT_FOUND
                ? Mono.just(Optional.empty()) : Mono.error(e)), deadline);
    }

    /**
     * @param uri      path and query
     * @param type     the answer record
     * @param deadline shorter limit than the backend's timeout, or null
     * @param <T>      its type
     * @return the answer; a 404 is off-contract here
     */
    <T> Mono<T> require(String uri, Class<T> type, @Nullable Duration deadline) {
        return get(uri, type, deadline).map(answer -> answer.orElseThrow(
            () -> new MalformedResponseException(uri.replaceFirst("\\?.*", "") + " answered 404")));
    }

    /** @return whether the backend's circuit is closed */
    boolean healthy() {
        return policy.breaker().state() == CircuitBreaker.State.CLOSED;
    }

    private static String jsonBody(HttpResponse<String> response) {
        boolean json = response.getContentType().map(t -> t.getSubtype().endsWith("json")).orElse(false);
        if (!json) {
            throw new MalformedResponseException("the answer is not JSON (" + response.getContentType().orElse(null) + ")");
        }
        return response.getBody().orElse("");
    }
}
