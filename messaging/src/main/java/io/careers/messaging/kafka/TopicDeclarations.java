package io.careers.messaging.kafka;

import io.careers.contracts.Topics;
import org.apache.kafka.clients.admin.NewTopic;

import java.util.Optional;

/**
 * Topic definitions for {@code NewTopic} beans: the platform never relies on automatic topic
 * creation. Replication is left to the broker's default (1 on a single local broker, the
 * cluster's default elsewhere).
 */
public final class TopicDeclarations {
    private TopicDeclarations() {
    }

    /**
     * @param name topic name
     * @return the topic with the contract's partition count
     */
    public static NewTopic topic(String name) {
        return new NewTopic(name, Optional.of(Topics.PARTITIONS), Optional.empty());
    }

    /**
     * @param name a topic the service consumes
     * @return its dead-letter topic
     */
    public static NewTopic deadLetterOf(String name) {
        return topic(Topics.deadLetterOf(name));
    }
}
