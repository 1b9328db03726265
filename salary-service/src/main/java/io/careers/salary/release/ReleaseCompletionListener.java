package io.careers.salary.release;

import io.careers.contracts.EventSchema;
import io.careers.contracts.Topics;
import io.careers.contracts.salary.ReleaseCompletion;
import io.careers.messaging.inbound.DecodingListener;
import io.careers.messaging.inbound.InboundProcessor;
import io.careers.messaging.inbound.JsonEventDecoder;
import io.careers.messaging.inbound.PlatformListener;


/** Consumes {@code salary.releases.v1}: the data team says a release is complete. */
@PlatformListener(clientId = "salary-releases", topic = Topics.RELEASES)
class ReleaseCompletionListener extends DecodingListener<ReleaseCompletion> {
    ReleaseCompletionListener(InboundProcessor processor, ReleaseCompletionIngest ingest) {
        super(processor, JsonEventDecoder.of(EventSchema.RELEASE_COMPLETION, ReleaseCompletion.class)
            .keyedBy(ReleaseCompletion::releaseId, "releaseId"), ingest::apply);
    }
}
