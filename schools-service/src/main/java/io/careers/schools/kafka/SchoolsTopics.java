package io.careers.schools.kafka;

import io.careers.contracts.Topics;
import io.careers.messaging.kafka.TopicDeclarations;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * The topics schools-service creates: its inputs (partner feed, interactions) with their
 * dead-letter topics, and the listings topic it owns.
 */
@Factory
class SchoolsTopics {

    @Bean
    @Named(Topics.PARTNER_LISTINGS)
    NewTopic partnerListings() {
        return TopicDeclarations.topic(Topics.PARTNER_LISTINGS);
    }

    @Bean
    @Named(Topics.INTERACTIONS)
    NewTopic interactions() {
        return TopicDeclarations.topic(Topics.INTERACTIONS);
    }

    @Bean
    @Named(Topics.LISTINGS)
    NewTopic listings() {
        return TopicDeclarations.topic(Topics.LISTINGS);
    }

    @Bean
    @Named(Topics.PARTNER_LISTINGS + Topics.DEAD_LETTER_SUFFIX)
    NewTopic partnerListingsDeadLetters() {
        return TopicDeclarations.deadLetterOf(Topics.PARTNER_LISTINGS);
    }

    @Bean
    @Named(Topics.INTERACTIONS + Topics.DEAD_LETTER_SUFFIX)
    NewTopic interactionsDeadLetters() {
        return TopicDeclarations.deadLetterOf(Topics.INTERACTIONS);
    }
}
