package io.careers.gateway.backend;

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
 * Reports each backend's circuit in {@code /health} ({@code backends}). The gateway stays UP
 * with a backend down, because it still serves pages with that section degraded; the details
 * show which circuit is open.
 */
@Singleton
class BackendsHealthIndicator implements HealthIndicator {
    private final List<BackendPolicy> policies;

    BackendsHealthIndicator(@Named("articles") BackendPolicy articles, @Named("salary") BackendPolicy salary,
                            @Named("schools") BackendPolicy schools) {
        this.policies = List.of(articles, salary, schools);
    }

    @Override
    public Publisher<HealthResult> getResult() {
        Map<String, String> circuits = new LinkedHashMap<>();
        policies.forEach(p -> circuits.put(p.backend(), p.breaker().state().name()));
        return Mono.just(HealthResult.builder("backends", HealthStatus.UP).details(circuits).build());
    }
}
