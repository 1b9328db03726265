package io.careers.testkit;

import io.micronaut.context.BeanContext;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.endpoint.health.HealthLevelOfDetail;
import io.micronaut.management.health.aggregator.HealthAggregator;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A service's health as an operator would see it, read in-process: its own aggregation of every
 * health indicator with full details, which {@code /health} no longer shows over HTTP.
 */
final class HealthComponents {
    private HealthComponents() {
    }

    /**
     * @param context the service's application context
     * @return each component's status name, e.g. {@code jdbc -> UP}
     */
    @SuppressWarnings("unchecked")
    static Map<String, String> statuses(BeanContext context) {
        HealthAggregator<HealthResult> aggregator = context.getBean(HealthAggregator.class);
        HealthIndicator[] indicators = context.getBeansOfType(HealthIndicator.class).toArray(HealthIndicator[]::new);
        HealthResult result = first(aggregator.aggregate(indicators, HealthLevelOfDetail.STATUS_DESCRIPTION_DETAILS));
        Map<String, String> statuses = new TreeMap<>();
        if (result.getDetails() instanceof Map<?, ?> details) {
            details.forEach((name, component) -> statuses.put(String.valueOf(name), statusOf(component)));
        }
        return statuses;
    }

    private static String statusOf(Object component) {
        if (component instanceof HealthResult result) {
            return result.getStatus().getName();
        }
        if (component instanceof Map<?, ?> map && map.get("status") != null) {
            Object status = map.get("status");
            return status instanceof HealthStatus health ? health.getName() : String.valueOf(status);
        }
        return String.valueOf(component);
    }

    private static HealthResult first(Publisher<HealthResult> publisher) {
        CompletableFuture<HealthResult> first = new CompletableFuture<>();
        publisher.subscribe(new Subscriber<>() {
            @Override
            public void onSubscribe(Subscription subscription) {
                subscription.request(1);
            }

            @Override
            public void onNext(HealthResult result) {
                first.complete(result);
            }

            @Override
            public void onError(Throwable failure) {
                first.completeExceptionally(failure);
            }

            @Override
            public void onComplete() {
                first.completeExceptionally(new IllegalStateException("no health result"));
            }
        });
        try {
            return first.get(15, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the service's health could not be read", e);
        }
    }
}
