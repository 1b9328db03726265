package io.careers.salary.release;

import io.careers.contracts.EventSchema;
import io.careers.contracts.Topics;
import io.careers.contracts.salary.ReleaseCompletion;
import io.careers.messaging.inbound.InboundProcessor;
import io.careers.messaging.inbound.InvalidRecordException;
import io.careers.messaging.inbound.JsonEventDecoder;
import io.careers.messaging.inbound.ListenerDefaults;
import io.careers.messaging.inbound.RecordDecoder;
import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.util.List;

/** Consumes {@code salary.releases.v1}: the data team says a release is complete. */
@KafkaListener(groupId = "${salary.consumer.group-id:salary-service}", clientId = "salary-releases", offsetReset = OffsetReset.EARLIEST,
    batch = true, offsetStrategy = OffsetStrategy.SYNC,
    errorStrategy = @ErrorStrategy(value = ErrorStrategyValue.RETRY_ON_ERROR,
        retryCount = ListenerDefaults.RETRY_FOREVER, retryDelay = ListenerDefaults.RETRY_DELAY))
class ReleaseCompletionListener {
    private static final JsonEventDecoder<ReleaseCompletion> JSON =
        JsonEventDecoder.of(EventSchema.RELEASE_COMPLETION, ReleaseCompletion.class);

    private final InboundProcessor processor;
    private final ReleaseCompletionIngest ingest;

    ReleaseCompletionListener(InboundProcessor processor, ReleaseCompletionIngest ingest) {
        this.processor = processor;
        this.ingest = ingest;
    }

    @Topic(Topics.RELEASES)
    void receive(List<ConsumerRecord<byte[], byte[]>> records) {
        processor.process(records, ReleaseCompletionListener::decode, ingest::apply);
    }

    private static ReleaseCompletion decode(ConsumerRecord<byte[], byte[]> record) {
        ReleaseCompletion completion = JSON.decode(record);
        String key = RecordDecoder.keyOf(record);
        if (!completion.releaseId().equals(key)) {
            throw new InvalidRecordException("key: '" + key + "' disagrees with the value, whose releaseId is "
                + completion.releaseId());
        }
        return completion;
    }
}
