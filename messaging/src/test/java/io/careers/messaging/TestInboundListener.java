package io.careers.messaging;

import io.careers.contracts.EventSchema;
import io.careers.contracts.gateway.ListingViewed;
import io.careers.messaging.inbound.DecodingListener;
import io.careers.messaging.inbound.InboundProcessor;
import io.careers.messaging.inbound.JsonEventDecoder;
import io.careers.messaging.inbound.PlatformListener;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.util.List;

/** A listener written the way every service writes its listeners. */
@PlatformListener(clientId = "messaging-test-inbound")
class TestInboundListener extends DecodingListener<ListingViewed> {
    TestInboundListener(InboundProcessor processor, AppliedViews views) {
        super(processor, JsonEventDecoder.of(EventSchema.LISTING_VIEWED, ListingViewed.class).withMaxBytes(64 * 1024),
            views::apply);
    }

    @Topic(TestTopics.INBOUND)
    void receive(List<ConsumerRecord<byte[], byte[]>> records, Consumer<byte[], byte[]> consumer) {
        process(records, consumer);
    }
}
