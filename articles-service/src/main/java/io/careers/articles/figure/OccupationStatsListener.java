package io.careers.articles.figure;

import io.careers.contracts.EventSchema;
import io.careers.contracts.Topics;
import io.careers.contracts.salary.OccupationStatsChanged;
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

/** Consumes {@code salary.occupation-stats.v1} into the figure read model. */
@KafkaListener(groupId = "${articles.consumer.group-id:articles-service}", clientId = "articles-occupation-stats",
    offsetReset = OffsetReset.EARLIEST, batch = true, offsetStrategy = OffsetStrategy.SYNC,
    errorStrategy = @ErrorStrategy(value = ErrorStrategyValue.RETRY_ON_ERROR,
        retryCount = ListenerDefaults.RETRY_FOREVER, retryDelay = ListenerDefaults.RETRY_DELAY))
class OccupationStatsListener {
    private final InboundProcessor processor;
    private final OccupationStatsIngest ingest;
    private final RecordDecoder<OccupationStatsChanged> decoder = JsonEventDecoder.of(EventSchema.OCCUPATION_STATS_CHANGED,
        OccupationStatsChanged.class).keyedBy(e -> e.occupation().code(), "occupation.code");

    OccupationStatsListener(InboundProcessor processor, OccupationStatsIngest ingest) {
        this.processor = processor;
        this.ingest = ingest;
    }

    @Topic(Topics.OCCUPATION_STATS)
    void receive(List<ConsumerRecord<byte[], byte[]>> records) {
        processor.process(records, decoder, ingest::apply);
    }
}
