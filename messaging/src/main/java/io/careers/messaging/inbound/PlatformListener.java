package io.careers.messaging.inbound;

import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import io.micronaut.context.annotation.AliasFor;
import io.micronaut.context.annotation.Property;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The one shape of a service's Kafka listener: the service's consumer group
 * ({@code messaging.consumer.group-id}), batches of raw records read from the earliest offset a
 * new group sees, offsets committed synchronously after each batch, and a failed batch retried
 * without end. Only transient failures reach that retry: {@link InboundProcessor} dead-letters bad
 * records itself, so retrying loses nothing and the consumer resumes once the database or Kafka is
 * back. Put it on a subclass of {@link DecodingListener}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@KafkaListener(groupId = "${messaging.consumer.group-id}", offsetReset = OffsetReset.EARLIEST, batch = true,
    offsetStrategy = OffsetStrategy.SYNC,
    errorStrategy = @ErrorStrategy(value = ErrorStrategyValue.RETRY_ON_ERROR, retryCount = Integer.MAX_VALUE,
        retryDelay = "1s"))
public @interface PlatformListener {
    /** @return the Kafka client id, e.g. {@code salary-estimates}: names the consumer in logs and metrics */
    @AliasFor(annotation = KafkaListener.class, member = "clientId")
    String clientId();

    /**
     * @return the topic it consumes, received by {@link DecodingListener#receive}; empty when the listener
     *         declares its own {@code @Topic} methods (a pattern, or more than one topic)
     */
    @AliasFor(annotation = Topic.class, member = "value")
    String[] topic() default {};

    /** @return consumer threads of this listener (default 1; at most the topic's 3 partitions are used) */
    @AliasFor(annotation = KafkaListener.class, member = "threads")
    int threads() default 1;

    /** @return Kafka consumer properties of this listener, e.g. a larger {@code max.poll.records} */
    @AliasFor(annotation = KafkaListener.class, member = "properties")
    Property[] properties() default {};
}
