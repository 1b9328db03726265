package io.careers.messaging;

import io.careers.messaging.kafka.TopicDeclarations;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import org.apache.kafka.clients.admin.NewTopic;

/** Topics of the messaging tests, declared the way services declare theirs. */
@Factory
class TestTopics {
    static final String OUTBOX = "messaging.test.outbox";
    static final String INBOUND = "messaging.test.inbound";

    @Bean
    @Named(OUTBOX)
    NewTopic outbox() {
        return TopicDeclarations.topic(OUTBOX);
    }

    @Bean
    @Named(INBOUND)
    NewTopic inbound() {
        return TopicDeclarations.topic(INBOUND);
    }

    @Bean
    @Named(INBOUND + ".dlt")
    NewTopic inboundDeadLetters() {
        return TopicDeclarations.deadLetterOf(INBOUND);
    }
}
