package io.careers.salary.projection;

import io.careers.contracts.Topics;
import io.careers.messaging.inbound.InboundProcessor;
import io.careers.messaging.inbound.ListenerDefaults;
import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.util.List;

/** Consumes {@code salary.employment-projections.v1}. */
@KafkaListener(groupId = "${salary.consumer.group-id:salary-service}", clientId = "salary-projections", offsetReset = OffsetReset.EARLIEST,
    batch = true, offsetStrategy = OffsetStrategy.SYNC,
    errorStrategy = @ErrorStrategy(value = ErrorStrategyValue.RETRY_ON_ERROR,
        retryCount = ListenerDefaults.RETRY_FOREVER, retryDelay = ListenerDefaults.RETRY_DELAY))
class ProjectionListener {
    private final InboundProcessor processor;
    private final ProjectionIngest ingest;
    private final ProjectionDecoder decoder = new ProjectionDecoder();

    ProjectionListener(InboundProcessor processor, ProjectionIngest ingest) {
        this.processor = processor;
        this.ingest = ingest;
    }

    @Topic(Topics.EMPLOYMENT_PROJECTIONS)
    void receive(List<ConsumerRecord<byte[], byte[]>> records) {
        processor.process(records, decoder, ingest::apply);
    }
}
