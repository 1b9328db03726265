package io.careers.messaging.inbound;

import io.micronaut.configuration.kafka.KafkaConsumerFactory;
import io.micronaut.configuration.kafka.config.AbstractKafkaConsumerConfiguration;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Parameter;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.context.annotation.Replaces;
import org.apache.kafka.clients.consumer.Consumer;

/**
 * Creates every Kafka consumer of a service as micronaut-kafka does, after adding the group
 * membership settings of {@link ConsumerSettings}: micronaut-kafka gives each listener thread its
 * own client id only when it creates the consumer, and a static member's id must be unique per
 * thread, so this is the one place where both are known.
 */
@Factory
class PlatformConsumerFactory {
    private final ConsumerSettings settings;
    private final KafkaConsumerFactory kafka = new KafkaConsumerFactory();

    PlatformConsumerFactory(ConsumerSettings settings) {
        this.settings = settings;
    }

    @Prototype
    @Replaces(factory = KafkaConsumerFactory.class, bean = Consumer.class)
    <K, V> Consumer<K, V> createConsumer(@Parameter AbstractKafkaConsumerConfiguration<K, V> configuration) {
        settings.applyTo(configuration.getConfig());
        return kafka.createConsumer(configuration);
    }
}
