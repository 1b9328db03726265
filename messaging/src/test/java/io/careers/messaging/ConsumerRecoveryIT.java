package io.careers.messaging;

import io.careers.contracts.gateway.ListingViewed;
import io.careers.testkit.Eventually;
import io.careers.testkit.KafkaTestClient;
import io.careers.testkit.TestInfrastructure;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.serde.ObjectMapper;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A consumer that dies without leaving its group (as after {@code kill -9}) gives its partitions up
 * within seconds, not after Kafka's default 45 s session. A static member stopped by closing its
 * context never says goodbye to the group either, so closing the context plays the crash here.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsumerRecoveryIT {
    /** Well under Kafka's default session of 45 s, well over the platform's 6 s. */
    private static final Duration TAKE_OVER = Duration.ofSeconds(25);
    private static final String CLIENT_ID = "messaging-test-inbound";
    private final KafkaTestClient kafka = KafkaTestClient.forTests();
    private final Admin admin = Admin.create(new HashMap<String, Object>(
        TestInfrastructure.kafka().adminProperties()));

    @AfterAll
    void close() {
        kafka.close();
        admin.close();
    }

    private static ApplicationContext instance(Map<String, String> database, String group, String instanceId) {
        Map<String, Object> props = new HashMap<>(database);
        props.put("messaging.consumer.group-id", group);
        props.put("messaging.consumer.instance-id", instanceId);
        return ApplicationContext.run(props, Environment.TEST);
    }

    @Test
    void anotherInstanceTakesOverTheGroupOfAnInstanceThatDiedWithinSeconds() throws IOException {
        Map<String, String> db = TestInfrastructure.micronautProperties("consumer_recovery");
        String group = "consumer-recovery-" + UUID.randomUUID();
        try (ApplicationContext crashed = instance(db, group, "node-1")) {
            Eventually.await("node-1 is a static member of the group", TAKE_OVER,
                () -> staticMembers(group).equals(Set.of("node-1-" + CLIENT_ID)));
        }
        try (ApplicationContext survivor = instance(db, group, "node-2")) {
            String key = "listing-" + UUID.randomUUID();
            kafka.send(TestTopics.INBOUND, key, view(survivor, key));
            AppliedViews views = survivor.getBean(AppliedViews.class);
            Eventually.await("node-2 applies a record sent after node-1 died", TAKE_OVER, () -> views.views(key) == 1);
            assertEquals(Set.of("node-2-" + CLIENT_ID), staticMembers(group), "node-1 has left the group");
        }
    }

    private Set<String> staticMembers(String group) {
        try {
            ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group)).all().get().get(group);
            return description.members().stream().map(MemberDescription::groupInstanceId)
                .flatMap(Optional::stream).collect(Collectors.toSet());
        } catch (ExecutionException e) {
            return Set.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String view(ApplicationContext context, String listingId) throws IOException {
        return context.getBean(ObjectMapper.class).writeValueAsString(ListingViewed.of(listingId, "medical-records-administration"));
    }
}
