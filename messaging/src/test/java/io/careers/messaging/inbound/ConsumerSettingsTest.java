package io.careers.messaging.inbound;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ConsumerSettingsTest {
    private static final ConsumerSettings STATIC = new ConsumerSettings("salary-service", "salary-service-2",
        Duration.ofSeconds(6), Duration.ofMillis(1500));

    private static Properties consumer(String group, String clientId) {
        Properties props = new Properties();
        props.setProperty("group.id", group);
        props.setProperty("client.id", clientId);
        return props;
    }

    @Test
    void eachConsumerThreadOfAnInstanceIsAStaticMemberOfItsOwn() {
        // micronaut-kafka reuses one properties object for a listener's threads, changing the client id.
        Properties shared = consumer("salary-service", "salary-estimates-1");
        Properties first = STATIC.forConsumer(shared);
        shared.setProperty("client.id", "salary-estimates-2");
        Properties second = STATIC.forConsumer(shared);
        assertEquals("salary-service-2-salary-estimates-1", first.getProperty("group.instance.id"));
        assertEquals("salary-service-2-salary-estimates-2", second.getProperty("group.instance.id"));
        assertEquals("6000", first.getProperty("session.timeout.ms"));
        assertEquals("1500", first.getProperty("heartbeat.interval.ms"));
        assertNull(shared.getProperty("group.instance.id"), "the shared properties are left alone");
    }

    @Test
    void withoutAnInstanceIdConsumersAreDynamicMembersWithAShortSession() {
        Properties props = new ConsumerSettings("salary-service", null, Duration.ofSeconds(6), Duration.ofMillis(1500))
            .forConsumer(consumer("salary-service", "salary-estimates"));
        assertNull(props.getProperty("group.instance.id"));
        assertEquals("6000", props.getProperty("session.timeout.ms"));
    }

    @Test
    void consumersOfOtherGroupsAndExplicitSettingsAreLeftAlone() {
        Properties gateway = STATIC.forConsumer(consumer("gateway-3f2a", "gateway-invalidation"));
        assertNull(gateway.getProperty("group.instance.id"));
        assertNull(gateway.getProperty("session.timeout.ms"));

        Properties explicit = consumer("salary-service", "salary-releases");
        explicit.setProperty("session.timeout.ms", "20000");
        Properties tuned = STATIC.forConsumer(explicit);
        assertEquals("20000", tuned.getProperty("session.timeout.ms"));
    }
}
