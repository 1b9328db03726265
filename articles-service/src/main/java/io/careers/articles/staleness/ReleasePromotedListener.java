package io.careers.articles.staleness;

import io.careers.contracts.EventSchema;
import io.careers.contracts.Topics;
import io.careers.contracts.salary.ReleasePromoted;
import io.careers.messaging.inbound.DecodingListener;
import io.careers.messaging.inbound.InboundProcessor;
import io.careers.messaging.inbound.JsonEventDecoder;
import io.careers.messaging.inbound.PlatformListener;


/** Consumes {@code salary.release-events.v1}. */
@PlatformListener(clientId = "articles-release-events", topic = Topics.RELEASE_EVENTS)
class ReleasePromotedListener extends DecodingListener<ReleasePromoted> {
    ReleasePromotedListener(InboundProcessor processor, ReleasePromotedIngest ingest) {
        super(processor, JsonEventDecoder.of(EventSchema.RELEASE_PROMOTED, ReleasePromoted.class)
            .keyedBy(ReleasePromoted::releaseId, "releaseId"), ingest::apply);
    }
}
