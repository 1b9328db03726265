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
        Properties first = consumer("salary-service", "salary-estimates-1");
        Properties second = consumer("salary-service", "salary-estimates-2");
        STATIC.applyTo(first);
        STATIC.applyTo(second);
        assertEquals("salary-service-2-salary-estimates-1", first.getProperty("group.instance.id"));
        assertEquals("salary-service-2-salary-estimates-2", second.getProperty("group.instance.id"));
        assertEquals("6000", first.getProperty("session.timeout.ms"));
        assertEquals("1500", first.getProperty("heartbeat.interval.ms"));
    }

    @Test
    void withoutAnInstanceIdConsumersAreDynamicMembersWithAShortSession() {
        Properties props = consumer("salary-service", "salary-estimates");
        new ConsumerSettings("salary-service", null, Duration.ofSeconds(6), Duration.ofMillis(1500)).applyTo(props);
        assertNull(props.getProperty("group.instance.id"));
        assertEquals("6000", props.getProperty("session.timeout.ms"));
    }

    @Test
    void consumersOfOtherGroupsAndExplicitSettingsAreLeftAlone() {
        Properties gateway = consumer("gateway-3f2a", "gateway-invalidation");
        STATIC.applyTo(gateway);
        assertNull(gateway.getProperty("group.instance.id"));
        assertNull(gateway.getProperty("session.timeout.ms"));

        Properties tuned = consumer("salary-service", "salary-releases");
        tuned.setProperty("session.timeout.ms", "20000");
        STATIC.applyTo(tuned);
        assertEquals("20000", tuned.getProperty("session.timeout.ms"));
    }
}
