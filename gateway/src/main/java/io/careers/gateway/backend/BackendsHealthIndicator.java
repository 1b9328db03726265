package io.careers.gateway.backend;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reports each backend's circuit in the gateway's health ({@code backends}). The gateway stays UP
 * with a backend down, because it still serves pages with that section degraded. {@code /health}
 * shows no details to anyone, so each circuit is also a metric for operators:
 * {@code gateway.backend.circuit.open{backend}} is 1 while the circuit is not closed.
 */
@Singleton
class BackendsHealthIndicator implements HealthIndicator {
    private final List<BackendPolicy> policies;

    BackendsHealthIndicator(@Named("articles") BackendPolicy articles, @Named("salary") BackendPolicy salary,
                            @Named("schools") BackendPolicy schools, @Nullable MeterRegistry meters) {
        this.policies = List.of(articles, salary, schools);
        if (meters != null) {
            for (BackendPolicy policy : policies) {
                Gauge.builder("gateway.backend.circuit.open", policy,
                        p -> p.breaker().state() == CircuitBreaker.State.CLOSED ? 0 : 1)
                    .tag("backend", policy.backend()).description("1 while the backend's circuit is open or half-open")
                    .register(meters);
            }
        }
    }

    @Override
    public Publisher<HealthResult> getResult() {
        Map<String, String> circuits = new LinkedHashMap<>();
        policies.forEach(p -> circuits.put(p.backend(), p.breaker().state().name()));
        return Mono.just(HealthResult.builder("backends", HealthStatus.UP).details(circuits).build());
    }
}
