package io.careers.gateway.backend;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.List;

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

    BackendMetrics(@Nullable MeterRegistry meters) {
        this.meters = meters;
    }

    /** Registers a backend's counters at zero, so dashboards and alerts see them before its first call. */
    void register(String backend) {
        if (meters != null) {
            for (String outcome : OUTCOMES) {
                meters.counter("gateway.backend.calls", "backend", backend, "outcome", outcome);
            }
        }
    }

    void count(String backend, String outcome) {
        if (meters != null) {
            meters.counter("gateway.backend.calls", "backend", backend, "outcome", outcome).increment();
        }
    }
}
