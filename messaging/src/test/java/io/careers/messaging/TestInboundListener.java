package io.careers.messaging;

import io.careers.contracts.EventSchema;
import io.careers.contracts.gateway.ListingViewed;
import io.careers.messaging.inbound.DecodingListener;
import io.careers.messaging.inbound.InboundProcessor;
import io.careers.messaging.inbound.JsonEventDecoder;
import io.careers.messaging.inbound.PlatformListener;


/** A listener written the way every service writes its listeners. */
@PlatformListener(clientId = "messaging-test-inbound", topic = TestTopics.INBOUND)
class TestInboundListener extends DecodingListener<ListingViewed> {
    TestInboundListener(InboundProcessor processor, AppliedViews views) {
        super(processor, JsonEventDecoder.of(EventSchema.LISTING_VIEWED, ListingViewed.class).withMaxBytes(64 * 1024),
            views::apply);
    }
}
