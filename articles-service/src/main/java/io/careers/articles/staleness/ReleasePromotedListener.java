package io.careers.articles.staleness;

import io.careers.contracts.EventSchema;
import io.careers.contracts.Topics;
import io.careers.contracts.salary.ReleasePromoted;
import io.careers.messaging.inbound.InboundProcessor;
import io.careers.messaging.inbound.JsonEventDecoder;
import io.careers.messaging.inbound.RecordDecoder;
import io.careers.messaging.inbound.ListenerDefaults;
import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.util.List;

/** Consumes {@code salary.release-events.v1}. */
@KafkaListener(groupId = "${articles.consumer.group-id:articles-service}", clientId = "articles-release-events",
    offsetReset = OffsetReset.EARLIEST, batch = true, offsetStrategy = OffsetStrategy.SYNC,
    errorStrategy = @ErrorStrategy(value = ErrorStrategyValue.RETRY_ON_ERROR,
        retryCount = ListenerDefaults.RETRY_FOREVER, retryDelay = ListenerDefaults.RETRY_DELAY))
class ReleasePromotedListener {
    private final InboundProcessor processor;
    private final ReleasePromotedIngest ingest;
    private final RecordDecoder<ReleasePromoted> decoder = JsonEventDecoder.of(EventSchema.RELEASE_PROMOTED, ReleasePromoted.class)
        .keyedBy(ReleasePromoted::releaseId, "releaseId");

    ReleasePromotedListener(InboundProcessor processor, ReleasePromotedIngest ingest) {
        this.processor = processor;
        this.ingest = ingest;
    }

    @Topic(Topics.RELEASE_EVENTS)
    void receive(List<ConsumerRecord<byte[], byte[]>> records) {
        processor.process(records, decoder, ingest::apply);
    }
}
