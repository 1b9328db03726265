package io.careers.messaging;

import io.careers.contracts.EventSchema;
import io.careers.contracts.gateway.ListingViewed;
import io.careers.messaging.inbound.InboundProcessor;
import io.careers.messaging.inbound.JsonEventDecoder;
import io.careers.messaging.inbound.ListenerDefaults;
import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.util.List;

/** A listener written the way every service writes its listeners. */
@KafkaListener(groupId = AppliedViews.CONSUMER, offsetReset = OffsetReset.EARLIEST, batch = true,
    offsetStrategy = OffsetStrategy.SYNC,
    errorStrategy = @ErrorStrategy(value = ErrorStrategyValue.RETRY_ON_ERROR,
        retryCount = ListenerDefaults.RETRY_FOREVER, retryDelay = ListenerDefaults.RETRY_DELAY))
class TestInboundListener {
    private static final JsonEventDecoder<ListingViewed> DECODER =
        JsonEventDecoder.of(EventSchema.LISTING_VIEWED, ListingViewed.class).withMaxBytes(64 * 1024);

    private final InboundProcessor processor;
    private final AppliedViews views;

    TestInboundListener(InboundProcessor processor, AppliedViews views) {
        this.processor = processor;
        this.views = views;
    }

    @Topic(TestTopics.INBOUND)
    void receive(List<ConsumerRecord<byte[], byte[]>> records) {
        processor.process(records, DECODER, views::apply);
    }
}
