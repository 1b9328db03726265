package io.careers.messaging.inbound;

import io.micronaut.configuration.kafka.KafkaConsumerFactory;
import io.micronaut.configuration.kafka.config.AbstractKafkaConsumerConfiguration;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Parameter;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.exceptions.ConfigurationException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.Deserializer;

import java.util.Optional;
import java.util.Properties;

/**
 * Creates every Kafka consumer of a service as micronaut-kafka does, with the group membership
 * settings of {@link ConsumerSettings}: micronaut-kafka gives each listener thread its own client
 * id only when it creates the consumer, and a static member's id must be unique per thread, so
 * this is the one place where both are known.
 */
@Factory
class PlatformConsumerFactory {
    private final ConsumerSettings settings;

    PlatformConsumerFactory(ConsumerSettings settings) {
        this.settings = settings;
    }

    @Prototype
    @Replaces(factory = KafkaConsumerFactory.class, bean = Consumer.class)
    <K, V> Consumer<K, V> createConsumer(@Parameter AbstractKafkaConsumerConfiguration<K, V> configuration) {
        Properties properties = settings.forConsumer(configuration.getConfig());
        Optional<Deserializer<K>> keys = configuration.getKeyDeserializer();
        Optional<Deserializer<V>> values = configuration.getValueDeserializer();
        if (keys.isPresent() && values.isPresent()) {
            return new KafkaConsumer<>(properties, keys.get(), values.get());
        }
        if (keys.isPresent() || values.isPresent()) {
            throw new ConfigurationException("Both the [keyDeserializer] and [valueDeserializer] must be set when setting either");
        }
        return new KafkaConsumer<>(properties);
    }
}
