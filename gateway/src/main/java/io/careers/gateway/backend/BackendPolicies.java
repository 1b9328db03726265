package io.careers.gateway.backend;

import io.micronaut.context.annotation.Factory;
import io.micronaut.core.value.PropertyResolver;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.time.Duration;

/**
 * One {@link BackendPolicy} per backend, from {@code gateway.backends.<name>.*}: timeout (default
 * 500 ms), failures in a row that open the circuit (5), how long it stays open (5 s), and calls
 * in flight at most (128).
 */
@Factory
class BackendPolicies {
    private final PropertyResolver properties;
    private final BackendMetrics metrics;

    BackendPolicies(PropertyResolver properties, BackendMetrics metrics) {
        this.properties = properties;
        this.metrics = metrics;
    }

    @Singleton
    @Named("articles")
    BackendPolicy articles() {
        return policy("articles");
    }

    @Singleton
    @Named("salary")
    BackendPolicy salary() {
        return policy("salary");
    }

    @Singleton
    @Named("schools")
    BackendPolicy schools() {
        return policy("schools");
    }

    private BackendPolicy policy(String backend) {
        String prefix = "gateway.backends." + backend + ".";
        Duration timeout = properties.get(prefix + "timeout", Duration.class).orElse(Duration.ofMillis(500));
        int failures = properties.get(prefix + "failure-threshold", Integer.class).orElse(5);
        Duration openFor = properties.get(prefix + "open-for", Duration.class).orElse(Duration.ofSeconds(5));
        int maxConcurrent = properties.get(prefix + "max-concurrent", Integer.class).orElse(128);
        return new BackendPolicy(backend, timeout, new CircuitBreaker(failures, openFor), maxConcurrent, metrics);
    }
}
