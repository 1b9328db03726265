package io.careers.salary.estimate;

import io.careers.contracts.Topics;
import io.careers.messaging.inbound.InboundProcessor;
import io.careers.messaging.inbound.ListenerDefaults;
import io.careers.salary.release.ReleasePromoter;
import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.util.List;

/**
 * Consumes {@code salary.wage-estimates.v1}, the hot path: one consumer thread per partition, large
 * batches, one transaction per batch.
 */
@KafkaListener(groupId = "${salary.consumer.group-id:salary-service}", clientId = "salary-estimates", offsetReset = OffsetReset.EARLIEST,
    batch = true, threads = 3, offsetStrategy = OffsetStrategy.SYNC,
    properties = {
        @io.micronaut.context.annotation.Property(name = "max.poll.records", value = "2000"),
        @io.micronaut.context.annotation.Property(name = "fetch.min.bytes", value = "65536"),
        @io.micronaut.context.annotation.Property(name = "fetch.max.wait.ms", value = "50")
    },
    errorStrategy = @ErrorStrategy(value = ErrorStrategyValue.RETRY_ON_ERROR,
        retryCount = ListenerDefaults.RETRY_FOREVER, retryDelay = ListenerDefaults.RETRY_DELAY))
class WageEstimateListener {
    private final InboundProcessor processor;
    private final EstimateIngest ingest;
    private final ReleasePromoter promoter;
    private final WageEstimateDecoder decoder = new WageEstimateDecoder();

    WageEstimateListener(InboundProcessor processor, EstimateIngest ingest, ReleasePromoter promoter) {
        this.processor = processor;
        this.ingest = ingest;
        this.promoter = promoter;
    }

    @Topic(Topics.WAGE_ESTIMATES)
    void receive(List<ConsumerRecord<byte[], byte[]>> records) {
        processor.process(records, decoder, ingest::apply);
        promoter.promoteReady();
    }
}
