package io.careers.gateway.kafka;

import io.careers.contracts.Topics;
import io.careers.messaging.kafka.TopicDeclarations;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * The topics the gateway creates: the change events it consumes to invalidate its caches (so it
 * can start first), and the interactions topic it owns.
 */
@Factory
class GatewayTopics {

    @Bean
    @Named(Topics.OCCUPATION_STATS)
    NewTopic occupationStats() {
        return TopicDeclarations.topic(Topics.OCCUPATION_STATS);
    }

    @Bean
    @Named(Topics.RELEASE_EVENTS)
    NewTopic releaseEvents() {
        return TopicDeclarations.topic(Topics.RELEASE_EVENTS);
    }

    @Bean
    @Named(Topics.LISTINGS)
    NewTopic listings() {
        return TopicDeclarations.topic(Topics.LISTINGS);
    }

    @Bean
    @Named(Topics.ARTICLES)
    NewTopic articles() {
        return TopicDeclarations.topic(Topics.ARTICLES);
    }

    @Bean
    @Named(Topics.INTERACTIONS)
    NewTopic interactions() {
        return TopicDeclarations.topic(Topics.INTERACTIONS);
    }
}
