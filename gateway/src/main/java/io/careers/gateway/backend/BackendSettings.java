package io.careers.gateway.backend;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;

import java.time.Duration;
import java.util.Objects;

/**
 * The guards of one backend, under {@code gateway.backends.<name>} in {@code application.yml}:
 * one entry per backend ({@code articles}, {@code salary}, {@code schools}), each becoming a
 * {@link BackendPolicy} named after it.
 *
 * @param name             the backend's name, from the entry's key
 * @param timeout          longest wait for one answer
 * @param failureThreshold failures in a row that open the circuit
 * @param openFor          how long an open circuit refuses calls before one trial
 * @param maxConcurrent    calls in flight at most (the bulkhead)
 */
@EachProperty("gateway.backends")
public record BackendSettings(@Parameter String name, Duration timeout, int failureThreshold, Duration openFor,
                              int maxConcurrent) {
    /** Durations are required; counts must be positive. */
    public BackendSettings {
        Objects.requireNonNull(timeout, "gateway.backends." + name + ".timeout");
        Objects.requireNonNull(openFor, "gateway.backends." + name + ".open-for");
        if (failureThreshold < 1 || maxConcurrent < 1) {
            throw new IllegalArgumentException("gateway.backends." + name
                + ": failure-threshold and max-concurrent must be at least 1");
        }
    }
}
