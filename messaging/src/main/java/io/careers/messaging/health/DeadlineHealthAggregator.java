package io.careers.messaging.health;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.bind.annotation.Bindable;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.aggregator.DefaultHealthAggregator;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.runtime.ApplicationConfiguration;
import jakarta.inject.Singleton;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;

/**
 * {@code /health} with a deadline: each check (the database, Kafka, the disk, the gateway's
 * backends) that has not answered within {@link Settings#deadline()} is reported {@code DOWN}
 * with the reason, instead of holding the whole answer. Without it a paused PostgreSQL or Kafka
 * broker made {@code /health} hang until the caller gave up, so an operator or an orchestrator
 * learnt nothing from it exactly when it mattered.
 */
@Singleton
@Replaces(DefaultHealthAggregator.class)
@Requires(classes = DefaultHealthAggregator.class)
public class DeadlineHealthAggregator extends DefaultHealthAggregator {
    private final Duration deadline;

    DeadlineHealthAggregator(ApplicationConfiguration application, Settings settings) {
        super(application);
        this.deadline = settings.deadline();
    }

    @Override
    protected Flux<HealthResult> aggregateResults(HealthIndicator[] indicators) {
        return Flux.merge(Arrays.stream(indicators).map(this::withinDeadline).toList());
    }

    private Mono<HealthResult> withinDeadline(HealthIndicator indicator) {
        return Mono.from(indicator.getResult())
            .timeout(deadline, Mono.fromSupplier(() -> HealthResult.builder(nameOf(indicator), HealthStatus.DOWN)
                .details(Map.of("error", "no answer within " + deadline.toMillis() + " ms"))
                .build()));
    }

    /**
     * @param indicator a health check
     * @return the name it reports under: {@code JdbcIndicator} is {@code jdbc}, {@code KafkaHealthIndicator} is {@code kafka}
     */
    static String nameOf(HealthIndicator indicator) {
        String type = indicator.getClass().getSimpleName().replaceAll("^\\$|\\$.*$", "");
        String name = type.replaceFirst("(Health)?Indicator$", "");
        return name.isEmpty() ? type : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    /**
     * The deadline of {@code /health}, under {@code messaging.health}.
     *
     * @param deadline how long each check may take (default 2 s; a healthy one takes milliseconds)
     */
    @ConfigurationProperties("messaging.health")
    public record Settings(@Bindable(defaultValue = "2s") Duration deadline) {
    }
}
