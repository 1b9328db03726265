package io.careers.salary;

import io.careers.contracts.Topics;
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

import javax.sql.DataSource;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The service starts on real PostgreSQL and Kafka and offers what an operator needs. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SalaryServiceIT implements TestPropertyProvider {
    @Inject
    EmbeddedServer server;
    @Inject
    ApplicationContext context;

    @Override
    public Map<String, String> getProperties() {
        return TestInfrastructure.micronautProperties("salary", "salary-service");
    }

    @Test
    void isOperable() {
        ServiceChecks.assertHealthy(server.getURI(), context, List.of("jdbc", "kafka"));
        ServiceChecks.assertDatabaseWaitsBounded(context.getBean(DataSource.class));
        ServiceChecks.assertPrometheusMetrics(server.getURI());
        ServiceChecks.assertOpenApi(server.getURI(), "/swagger/salary-service-1.yml");
        ServiceChecks.assertOpenApi(server.getURI(), "/openapi.yml");
    }

    @Test
    void declaresItsTopics() {
        TopicPlan plan = context.getBean(TopicPlan.class);
        assertEquals(new TopicPlan(List.of(Topics.WAGE_ESTIMATES, Topics.RELEASES, Topics.EMPLOYMENT_PROJECTIONS,
            Topics.SOC_CROSSWALK), List.of(Topics.OCCUPATION_STATS, Topics.RELEASE_EVENTS), List.of()), plan);
        assertEquals(Set.copyOf(plan.consumed()), TopicDeclarer.listenedTopics(context),
            "every topic a listener reads is declared with its dead-letter topic, and no other");
        ServiceChecks.assertTopicsDeclared(plan.topicNames());
    }
}
