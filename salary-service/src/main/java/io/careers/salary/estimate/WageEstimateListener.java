package io.careers.salary.estimate;

import io.careers.contracts.Topics;
import io.careers.contracts.salary.WageEstimate;
import io.careers.messaging.inbound.DecodingListener;
import io.careers.messaging.inbound.InboundProcessor;
import io.careers.messaging.inbound.PlatformListener;
import io.careers.salary.release.ReleasePromoter;
import io.micronaut.context.annotation.Property;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.util.List;

/**
 * Consumes {@code salary.wage-estimates.v1}, the hot path: one consumer thread per partition, large
 * batches, one transaction per batch.
 */
@PlatformListener(clientId = "salary-estimates", topic = Topics.WAGE_ESTIMATES, threads = 3, properties = {
    @Property(name = "max.poll.records", value = "2000"),
    @Property(name = "fetch.min.bytes", value = "65536"),
    @Property(name = "fetch.max.wait.ms", value = "50")
})
class WageEstimateListener extends DecodingListener<WageEstimate> {
    private final ReleasePromoter promoter;

    WageEstimateListener(InboundProcessor processor, EstimateIngest ingest, ReleasePromoter promoter) {
        super(processor, new WageEstimateDecoder(), ingest::apply);
        this.promoter = promoter;
    }

    @Override
    public void receive(List<ConsumerRecord<byte[], byte[]>> records, Consumer<byte[], byte[]> consumer) {
        process(records, consumer, promoter::promoteReady);
    }
}
