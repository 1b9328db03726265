package io.careers.salary.kafka;

import io.careers.contracts.Topics;
import io.careers.messaging.kafka.TopicDeclarations;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * The topics salary-service creates: the input topics it consumes (and their dead-letter topics),
 * and the topics it owns and publishes to.
 */
@Factory
class SalaryTopics {

    @Bean
    @Named(Topics.WAGE_ESTIMATES)
    NewTopic wageEstimates() {
        return TopicDeclarations.topic(Topics.WAGE_ESTIMATES);
    }

    @Bean
    @Named(Topics.WAGE_ESTIMATES + Topics.DEAD_LETTER_SUFFIX)
    NewTopic wageEstimatesDeadLetters() {
        return TopicDeclarations.deadLetterOf(Topics.WAGE_ESTIMATES);
    }

    @Bean
    @Named(Topics.RELEASES)
    NewTopic releases() {
        return TopicDeclarations.topic(Topics.RELEASES);
    }

    @Bean
    @Named(Topics.RELEASES + Topics.DEAD_LETTER_SUFFIX)
    NewTopic releasesDeadLetters() {
        return TopicDeclarations.deadLetterOf(Topics.RELEASES);
    }

    @Bean
    @Named(Topics.EMPLOYMENT_PROJECTIONS)
    NewTopic projections() {
        return TopicDeclarations.topic(Topics.EMPLOYMENT_PROJECTIONS);
    }

    @Bean
    @Named(Topics.EMPLOYMENT_PROJECTIONS + Topics.DEAD_LETTER_SUFFIX)
    NewTopic projectionsDeadLetters() {
        return TopicDeclarations.deadLetterOf(Topics.EMPLOYMENT_PROJECTIONS);
    }

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
}
