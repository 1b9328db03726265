package io.careers.schools;

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

/** The service starts on real PostgreSQL and Kafka and offers what an operator needs. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SchoolsServiceIT implements TestPropertyProvider {
    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        return SchoolsTestSupport.properties("schools", io.careers.testkit.KafkaTestClient.forTests());
    }

    @Test
    void isOperable() {
        ServiceChecks.assertHealthy(server.getURI(), List.of("jdbc", "kafka"));
        ServiceChecks.assertPrometheusMetrics(server.getURI());
        ServiceChecks.assertOpenApi(server.getURI(), "/swagger/schools-service-1.yml");
    }

    @Test
    void declaresItsTopics() {
        ServiceChecks.assertTopicsDeclared(Set.of(Topics.PARTNER_LISTINGS, Topics.deadLetterOf(Topics.PARTNER_LISTINGS),
            Topics.INTERACTIONS, Topics.deadLetterOf(Topics.INTERACTIONS), Topics.LISTINGS));
    }
}
