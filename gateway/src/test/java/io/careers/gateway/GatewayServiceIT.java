package io.careers.gateway;

import io.careers.contracts.Topics;
import io.careers.testkit.ServiceChecks;
import io.careers.testkit.TestInfrastructure;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The gateway starts on real Kafka and offers what an operator needs; it has no database. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GatewayServiceIT implements TestPropertyProvider {
    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        return TestInfrastructure.kafkaProperties();
    }

    @Test
    void isOperable() {
        ServiceChecks.assertHealthy(server.getURI(), List.of("kafka", "backends"));
        ServiceChecks.assertPrometheusMetrics(server.getURI());
        ServiceChecks.assertOpenApi(server.getURI(), "/swagger/gateway-1.yml");
    }

    @Test
    void declaresItsTopics() {
        ServiceChecks.assertTopicsDeclared(Set.of(Topics.OCCUPATION_STATS, Topics.RELEASE_EVENTS, Topics.LISTINGS,
            Topics.ARTICLES, Topics.INTERACTIONS));
    }
}
