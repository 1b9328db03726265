package io.careers.messaging.kafka;

import io.careers.contracts.Topics;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import org.apache.kafka.clients.admin.NewTopic;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The topics a service declares, listed in its {@code application.yml} under {@code messaging.topics}.
 * The platform never relies on automatic topic creation: each service creates what it uses, so
 * services may start in any order.
 *
 * @param consumed  topics its listeners read and dead-letter: each is declared with its {@code .dlt} topic
 * @param published topics it owns and publishes to
 * @param watched   topics it reads without dead letters (the gateway's cache invalidation)
 */
@ConfigurationProperties("messaging.topics")
public record TopicPlan(@Nullable List<String> consumed, @Nullable List<String> published, @Nullable List<String> watched) {

    /** Lists left out of the configuration are empty. */
    public TopicPlan {
        consumed = consumed == null ? List.of() : List.copyOf(consumed);
        published = published == null ? List.of() : List.copyOf(published);
        watched = watched == null ? List.of() : List.copyOf(watched);
    }

    /** @return every topic name to create: the three lists and a dead-letter topic per consumed topic */
    public Set<String> topicNames() {
        Set<String> names = new LinkedHashSet<>();
        consumed.forEach(topic -> {
            names.add(topic);
            names.add(Topics.deadLetterOf(topic));
        });
        names.addAll(published);
        names.addAll(watched);
        return names;
    }

    /** @return the topics with the contract's partition count and the broker's default replication */
    public List<NewTopic> newTopics() {
        return topicNames().stream()
            .map(name -> new NewTopic(name, Optional.of(Topics.PARTITIONS), Optional.empty()))
            .toList();
    }
}
