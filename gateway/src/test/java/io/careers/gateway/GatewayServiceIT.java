package io.careers.gateway;

import io.careers.contracts.Topics;
import io.careers.gateway.cache.CacheSettings;
import io.careers.messaging.kafka.TopicDeclarer;
import io.careers.messaging.kafka.TopicPlan;
import io.careers.testkit.ServiceChecks;
import io.careers.testkit.TestInfrastructure;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The gateway starts on real Kafka and offers what an operator needs; it has no database. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GatewayServiceIT implements TestPropertyProvider {
    @Inject
    EmbeddedServer server;
    @Inject
    ApplicationContext context;

    @Override
    public Map<String, String> getProperties() {
        return TestInfrastructure.kafkaProperties("gateway");
    }

    @Test
    void isOperable() {
        ServiceChecks.assertHealthy(server.getURI(), context, List.of("kafka", "backends"));
        ServiceChecks.assertPrometheusMetrics(server.getURI(), "gateway_backend_circuit_open{backend=\"salary\"");
        // Each cache is bounded by weight too: 32MB as application.yml writes it, and its bytes are a gauge.
        assertEquals(32L << 20, context.getBean(CacheSettings.class).maxBytes());
        ServiceChecks.assertPrometheusMetrics(server.getURI(), "gateway_cache_bytes{cache=\"articles\"");
        ServiceChecks.assertOpenApi(server.getURI(), "/swagger/gateway-1.yml");
        ServiceChecks.assertOpenApi(server.getURI(), "/openapi.yml");
    }

    @Test
    void declaresItsTopics() {
        TopicPlan plan = context.getBean(TopicPlan.class);
        assertEquals(new TopicPlan(List.of(), List.of(Topics.INTERACTIONS), List.of(Topics.ARTICLES, Topics.OCCUPATION_STATS, Topics.RELEASE_EVENTS, Topics.LISTINGS)), plan);
        assertEquals(Set.copyOf(plan.consumed()), TopicDeclarer.listenedTopics(context),
            "every topic a listener reads is declared with its dead-letter topic, and no other");
        ServiceChecks.assertTopicsDeclared(plan.topicNames());
    }
}
