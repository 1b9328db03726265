package io.careers.gateway.backend;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
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

    @Singleton
    @Named("articles")
    BackendPolicy articles(@Value("${gateway.backends.articles.timeout:500ms}") Duration timeout,
                           @Value("${gateway.backends.articles.failure-threshold:5}") int failures,
                           @Value("${gateway.backends.articles.open-for:5s}") Duration openFor,
                           @Value("${gateway.backends.articles.max-concurrent:128}") int maxConcurrent) {
        return new BackendPolicy("articles", timeout, new CircuitBreaker(failures, openFor), maxConcurrent);
    }

    @Singleton
    @Named("salary")
    BackendPolicy salary(@Value("${gateway.backends.salary.timeout:500ms}") Duration timeout,
                         @Value("${gateway.backends.salary.failure-threshold:5}") int failures,
                         @Value("${gateway.backends.salary.open-for:5s}") Duration openFor,
                         @Value("${gateway.backends.salary.max-concurrent:128}") int maxConcurrent) {
        return new BackendPolicy("salary", timeout, new CircuitBreaker(failures, openFor), maxConcurrent);
    }

    @Singleton
    @Named("schools")
    BackendPolicy schools(@Value("${gateway.backends.schools.timeout:500ms}") Duration timeout,
                          @Value("${gateway.backends.schools.failure-threshold:5}") int failures,
                          @Value("${gateway.backends.schools.open-for:5s}") Duration openFor,
                          @Value("${gateway.backends.schools.max-concurrent:128}") int maxConcurrent) {
        return new BackendPolicy("schools", timeout, new CircuitBreaker(failures, openFor), maxConcurrent);
    }
}
