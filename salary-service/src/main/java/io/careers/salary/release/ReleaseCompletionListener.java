package io.careers.salary.release;

import io.careers.contracts.EventSchema;
import io.careers.contracts.Topics;
import io.careers.contracts.salary.ReleaseCompletion;
import io.careers.messaging.inbound.DecodingListener;
import io.careers.messaging.inbound.InboundProcessor;
import io.careers.messaging.inbound.JsonEventDecoder;
import io.careers.messaging.inbound.PlatformListener;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.util.List;

/** Consumes {@code salary.releases.v1}: the data team says a release is complete. */
@PlatformListener(clientId = "salary-releases")
class ReleaseCompletionListener extends DecodingListener<ReleaseCompletion> {
    ReleaseCompletionListener(InboundProcessor processor, ReleaseCompletionIngest ingest) {
        super(processor, JsonEventDecoder.of(EventSchema.RELEASE_COMPLETION, ReleaseCompletion.class)
            .keyedBy(ReleaseCompletion::releaseId, "releaseId"), ingest::apply);
    }

    @Topic(Topics.RELEASES)
    void receive(List<ConsumerRecord<byte[], byte[]>> records, Consumer<byte[], byte[]> consumer) {
        process(records, consumer);
    }
}
