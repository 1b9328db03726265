package io.careers.gateway.backend;

import io.micronaut.context.annotation.EachBean;
import io.micronaut.context.annotation.Factory;

/** One {@link BackendPolicy} per {@link BackendSettings} entry, named after its backend. */
@Factory
class BackendPolicies {

    @EachBean(BackendSettings.class)
    BackendPolicy policy(BackendSettings settings, BackendMetrics metrics) {
        metrics.register(settings.name());
        return new BackendPolicy(settings.name(), settings.timeout(),
            new CircuitBreaker(settings.failureThreshold(), settings.openFor()), settings.maxConcurrent(), metrics);
    }
}
