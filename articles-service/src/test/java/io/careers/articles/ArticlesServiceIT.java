package io.careers.articles;

import io.careers.contracts.Topics;
import io.careers.testkit.ServiceChecks;
import io.careers.testkit.KafkaTestClient;
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
class ArticlesServiceIT implements TestPropertyProvider {
    private final KafkaTestClient kafka = KafkaTestClient.forTests();

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        return ArticlesTestSupport.properties("articles", kafka);
    }

    @Test
    void isOperable() {
        ServiceChecks.assertHealthy(server.getURI(), List.of("jdbc", "kafka"));
        ServiceChecks.assertPrometheusMetrics(server.getURI());
        ServiceChecks.assertOpenApi(server.getURI(), "/swagger/articles-service-1.yml");
    }

    @Test
    void declaresItsTopics() {
        ServiceChecks.assertTopicsDeclared(Set.of(Topics.OCCUPATION_STATS, Topics.deadLetterOf(Topics.OCCUPATION_STATS),
            Topics.RELEASE_EVENTS, Topics.deadLetterOf(Topics.RELEASE_EVENTS), Topics.ARTICLES));
    }
}
