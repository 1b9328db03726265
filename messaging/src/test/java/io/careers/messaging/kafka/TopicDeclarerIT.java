package io.careers.messaging.kafka;

import io.careers.testkit.ServiceChecks;
import io.careers.testkit.TestInfrastructure;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The plan is created on the real broker, and a listener outside it stops the start-up. */
class TopicDeclarerIT {

    @Test
    void createsThePlannedTopicsAndKnowsWhatItsListenersRead() {
        String fresh = "messaging.test.declared-" + UUID.randomUUID();
        Map<String, Object> properties = properties("declarer-ok");
        properties.put("messaging.topics.published", fresh);
        try (ApplicationContext context = ApplicationContext.run(properties, Environment.TEST)) {
            assertEquals(Set.of("messaging.test.inbound"), TopicDeclarer.listenedTopics(context));
            ServiceChecks.assertTopicsDeclared(Set.of("messaging.test.inbound", "messaging.test.inbound.dlt", fresh));
        }
    }

    @Test
    void aListenerOfATopicMissingFromThePlanStopsTheStartUp() {
        Map<String, Object> properties = properties("declarer-missing");
        properties.put("messaging.topics.consumed", "messaging.test.something-else");
        Exception failure = assertThrows(Exception.class, () -> ApplicationContext.run(properties, Environment.TEST).close());
        StringBuilder messages = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            messages.append(t.getMessage()).append('\n');
        }
        assertTrue(messages.toString().contains("Listeners read [messaging.test.inbound], which messaging.topics.consumed"
            + " does not list"), messages.toString());
    }

    private static Map<String, Object> properties(String name) {
        Map<String, Object> properties = new HashMap<>(TestInfrastructure.micronautProperties(name));
        properties.put("messaging.consumer.group-id", "messaging-test-" + name);
        return properties;
    }
}
