package io.careers.gateway.backend;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts backend calls by outcome, as {@code gateway.backend.calls{backend, outcome}}: ok, failed,
 * timeout, circuit_open, bulkhead_full. A dashboard shows at a glance which backend degrades pages.
 */
@Singleton
public class BackendMetrics {
    /** Counts nothing: for policies built outside the application context (tests). */
    public static final BackendMetrics NONE = new BackendMetrics(null);

    private static final List<String> OUTCOMES = List.of("ok", "failed", "timeout", "circuit_open", "bulkhead_full");

    private final @Nullable MeterRegistry meters;
    private final Map<String, Map<String, Counter>> counters = new ConcurrentHashMap<>();

    BackendMetrics(@Nullable MeterRegistry meters) {
        this.meters = meters;
    }

    /**
     * Registers a backend's counters at zero, so dashboards and alerts see them before its first call,
     * and keeps them, so that counting a call looks up no meter in the registry.
     */
    void register(String backend) {
        if (meters != null) {
            Map<String, Counter> byOutcome = new HashMap<>();
            for (String outcome : OUTCOMES) {
                byOutcome.put(outcome, counter(backend, outcome));
            }
            counters.put(backend, Map.copyOf(byOutcome));
        }
    }

    void count(String backend, String outcome) {
        if (meters != null) {
            Counter counter = counters.getOrDefault(backend, Map.of()).get(outcome);
            (counter != null ? counter : counter(backend, outcome)).increment();
        }
    }

    private Counter counter(String backend, String outcome) {
        return meters.counter("gateway.backend.calls", "backend", backend, "outcome", outcome);
    }
}
