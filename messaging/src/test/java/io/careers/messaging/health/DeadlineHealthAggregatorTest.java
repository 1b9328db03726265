package io.careers.messaging.health;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.endpoint.health.HealthLevelOfDetail;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.runtime.ApplicationConfiguration;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

class DeadlineHealthAggregatorTest {
    private final DeadlineHealthAggregator aggregator = new DeadlineHealthAggregator(new ApplicationConfiguration(),
        new DeadlineHealthAggregator.Settings(Duration.ofMillis(200)));

    /** Stands for a check whose dependency is paused: it never answers. */
    static final class KafkaHealthIndicator implements HealthIndicator {
        @Override
        public Publisher<HealthResult> getResult() {
            return Mono.never();
        }
    }

    static final class DiskSpaceIndicator implements HealthIndicator {
        @Override
        public Publisher<HealthResult> getResult() {
            return Mono.just(HealthResult.builder("diskSpace", HealthStatus.UP).build());
        }
    }

    @Test
    void aCheckThatDoesNotAnswerIsReportedDownWithTheReasonAndTheOthersStillAnswer() {
        HealthResult health = Mono.from(aggregator.aggregate(
                new HealthIndicator[] {new KafkaHealthIndicator(), new DiskSpaceIndicator()},
                HealthLevelOfDetail.STATUS_DESCRIPTION_DETAILS))
            .block(Duration.ofSeconds(5));
        assertNotNull(health, "an answer within the test's own deadline");
        assertEquals(HealthStatus.DOWN, health.getStatus());
        Map<?, ?> details = (Map<?, ?>) health.getDetails();
        HealthResult kafka = (HealthResult) details.get("kafka");
        assertEquals(HealthStatus.DOWN, kafka.getStatus());
        assertEquals(Map.of("error", "no answer within 200 ms"), kafka.getDetails());
        assertEquals(HealthStatus.UP, ((HealthResult) details.get("diskSpace")).getStatus());
    }

    @Test
    void checksAreNamedAsMicronautNamesThem() {
        assertEquals("kafka", DeadlineHealthAggregator.nameOf(new KafkaHealthIndicator()));
        assertEquals("diskSpace", DeadlineHealthAggregator.nameOf(new DiskSpaceIndicator()));
    }
}
