package io.careers.salary.lineage;

import io.careers.contracts.EventSchema;
import io.careers.contracts.Topics;
import io.careers.contracts.salary.SocCrosswalkLink;
import io.careers.messaging.inbound.DecodingListener;
import io.careers.messaging.inbound.InboundProcessor;
import io.careers.messaging.inbound.JsonEventDecoder;
import io.careers.messaging.inbound.PlatformListener;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.util.List;

/** Consumes {@code salary.soc-crosswalk.v1}: data teams publish BLS's SOC crosswalks. */
@PlatformListener(clientId = "salary-crosswalk")
class CrosswalkListener extends DecodingListener<SocCrosswalkLink> {
    CrosswalkListener(InboundProcessor processor, CrosswalkIngest ingest) {
        super(processor, JsonEventDecoder.of(EventSchema.SOC_CROSSWALK_LINK, SocCrosswalkLink.class)
            .keyedBy(SocCrosswalkLink::key, "from.socVersion:from.code:to.socVersion:to.code"), ingest::apply);
    }

    @Topic(Topics.SOC_CROSSWALK)
    void receive(List<ConsumerRecord<byte[], byte[]>> records, Consumer<byte[], byte[]> consumer) {
        process(records, consumer);
    }
}
