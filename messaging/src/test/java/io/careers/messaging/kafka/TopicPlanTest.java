package io.careers.messaging.kafka;

import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TopicPlanTest {

    @Test
    void everyConsumedTopicComesWithItsDeadLetterTopic() {
        TopicPlan plan = new TopicPlan(List.of("a.in.v1"), List.of("a.out.v1"), List.of("b.out.v1"));
        assertEquals(Set.of("a.in.v1", "a.in.v1.dlt", "a.out.v1", "b.out.v1"), plan.topicNames());
        for (NewTopic topic : plan.newTopics()) {
            assertEquals(3, topic.numPartitions(), topic.name());
        }
    }

    @Test
    void listsLeftOutOfTheConfigurationAreEmpty() {
        TopicPlan plan = new TopicPlan(null, null, null);
        assertEquals(Set.of(), plan.topicNames());
        assertEquals(List.of(), plan.consumed());
    }
}
