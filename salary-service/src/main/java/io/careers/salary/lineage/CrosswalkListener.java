package io.careers.salary.lineage;

import io.careers.contracts.EventSchema;
import io.careers.contracts.Topics;
import io.careers.contracts.salary.SocCrosswalkLink;
import io.careers.messaging.inbound.DecodingListener;
import io.careers.messaging.inbound.InboundProcessor;
import io.careers.messaging.inbound.JsonEventDecoder;
import io.careers.messaging.inbound.PlatformListener;


/** Consumes {@code salary.soc-crosswalk.v1}: data teams publish BLS's SOC crosswalks. */
@PlatformListener(clientId = "salary-crosswalk", topic = Topics.SOC_CROSSWALK)
class CrosswalkListener extends DecodingListener<SocCrosswalkLink> {
    CrosswalkListener(InboundProcessor processor, CrosswalkIngest ingest) {
        super(processor, JsonEventDecoder.of(EventSchema.SOC_CROSSWALK_LINK, SocCrosswalkLink.class)
            .keyedBy(SocCrosswalkLink::key, "from.socVersion:from.code:to.socVersion:to.code"), ingest::apply);
    }
}
