package io.careers.articles.staleness;

import io.careers.contracts.EventSchema;
import io.careers.contracts.Topics;
import io.careers.contracts.salary.ReleasePromoted;
import io.careers.messaging.inbound.DecodingListener;
import io.careers.messaging.inbound.InboundProcessor;
import io.careers.messaging.inbound.JsonEventDecoder;
import io.careers.messaging.inbound.PlatformListener;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.util.List;

/** Consumes {@code salary.release-events.v1}. */
@PlatformListener(clientId = "articles-release-events")
class ReleasePromotedListener extends DecodingListener<ReleasePromoted> {
    ReleasePromotedListener(InboundProcessor processor, ReleasePromotedIngest ingest) {
        super(processor, JsonEventDecoder.of(EventSchema.RELEASE_PROMOTED, ReleasePromoted.class)
            .keyedBy(ReleasePromoted::releaseId, "releaseId"), ingest::apply);
    }

    @Topic(Topics.RELEASE_EVENTS)
    void receive(List<ConsumerRecord<byte[], byte[]>> records, Consumer<byte[], byte[]> consumer) {
        process(records, consumer);
    }
}
