package io.careers.articles.kafka;

import io.careers.contracts.Topics;
import io.careers.messaging.kafka.TopicDeclarations;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * The topics articles-service creates: the salary topics it consumes (so it can start first)
 * with their dead-letter topics, and the articles topic it owns.
 */
@Factory
class ArticlesTopics {

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
    @Named(Topics.ARTICLES)
    NewTopic articles() {
        return TopicDeclarations.topic(Topics.ARTICLES);
    }

    @Bean
    @Named(Topics.OCCUPATION_STATS + Topics.DEAD_LETTER_SUFFIX)
    NewTopic occupationStatsDeadLetters() {
        return TopicDeclarations.deadLetterOf(Topics.OCCUPATION_STATS);
    }

    @Bean
    @Named(Topics.RELEASE_EVENTS + Topics.DEAD_LETTER_SUFFIX)
    NewTopic releaseEventsDeadLetters() {
        return TopicDeclarations.deadLetterOf(Topics.RELEASE_EVENTS);
    }
}
