package io.careers.gateway.backend;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

import java.net.ConnectException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * What guards every call to one backend: a bulkhead (at most {@code maxConcurrent} calls in
 * flight, more fail at once, so a slow backend cannot take every connection and thread), a
 * circuit breaker, and a timeout. Failures come out as {@link BackendUnavailableException}.
 */
public final class BackendPolicy {
    private final String backend;
    private final Duration timeout;
    private final CircuitBreaker breaker;
    private final Semaphore bulkhead;
    private final BackendMetrics metrics;

    /**
     * @param backend       name, e.g. {@code salary}
     * @param timeout       longest wait for an answer
     * @param breaker       its circuit breaker
     * @param maxConcurrent calls in flight at most
     */
    public BackendPolicy(String backend, Duration timeout, CircuitBreaker breaker, int maxConcurrent) {
        this(backend, timeout, breaker, maxConcurrent, BackendMetrics.NONE);
    }

    /**
     * @param backend       name, e.g. {@code salary}
     * @param timeout       longest wait for an answer
     * @param breaker       its circuit breaker
     * @param maxConcurrent calls in flight at most
     * @param metrics       where call outcomes are counted
     */
    public BackendPolicy(String backend, Duration timeout, CircuitBreaker breaker, int maxConcurrent, BackendMetrics metrics) {
        this.backend = backend;
        this.timeout = timeout;
        this.breaker = breaker;
        this.bulkhead = new Semaphore(maxConcurrent);
        this.metrics = metrics;
    }

    /**
     * @param call     the call, made on subscription
     * @param deadline a shorter limit than the backend's timeout, or null
     * @param <T>      answer type
     * @return the answer, or a {@link BackendUnavailableException}
     */
    public <T> Mono<T> call(Supplier<Mono<T>> call, @Nullable Duration deadline) {
        Duration limit = deadline != null && deadline.compareTo(timeout) < 0 ? deadline : timeout;
        return Mono.defer(() -> {
            if (!bulkhead.tryAcquire()) {
                metrics.count(backend, "bulkhead_full");
                return Mono.error(new BackendUnavailableException(backend, "bulkhead full", null));
            }
            if (!breaker.tryAcquire()) {
                bulkhead.release();
                metrics.count(backend, "circuit_open");
                return Mono.error(new BackendUnavailableException(backend, "circuit open", null));
            }
            return Mono.defer(call)
                // With several instances, one that is gone refuses the connection: the request never
                // reached it, so it goes once more, to the next instance the load balancer picks.
                .retryWhen(Retry.max(1).filter(BackendPolicy::neverReachedTheBackend)
                    .onRetryExhaustedThrow((spec, signal) -> signal.failure()))
                .timeout(limit)
                .doOnSuccess(ignored -> {
                    breaker.onSuccess();
                    metrics.count(backend, "ok");
                })
                .doOnError(e -> {
                    breaker.onFailure();
                    metrics.count(backend, e instanceof TimeoutException ? "timeout" : "failed");
                })
                .doOnCancel(breaker::onFailure)
                .doFinally(signal -> bulkhead.release())
                .onErrorMap(e -> !(e instanceof BackendUnavailableException),
                    e -> new BackendUnavailableException(backend, describe(e, limit), e));
        });
    }

    /** @return the circuit breaker, for health and tests */
    public CircuitBreaker breaker() {
        return breaker;
    }

    /** @return the backend's name */
    public String backend() {
        return backend;
    }

    /** @return whether the call failed before a request was sent: the connection was refused */
    static boolean neverReachedTheBackend(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Throwable e, Duration limit) {
        if (e instanceof TimeoutException) {
            return "no answer within " + limit.toMillis() + " ms";
        }
        if (e instanceof HttpClientResponseException r) {
            return "answered " + r.getStatus().getCode();
        }
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
