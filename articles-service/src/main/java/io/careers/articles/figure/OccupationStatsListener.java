package io.careers.articles.figure;

import io.careers.contracts.EventSchema;
import io.careers.contracts.Topics;
import io.careers.contracts.salary.OccupationStatsChanged;
import io.careers.messaging.inbound.DecodingListener;
import io.careers.messaging.inbound.InboundProcessor;
import io.careers.messaging.inbound.JsonEventDecoder;
import io.careers.messaging.inbound.PlatformListener;


/** Consumes {@code salary.occupation-stats.v1} into the figure read model. */
@PlatformListener(clientId = "articles-occupation-stats", topic = Topics.OCCUPATION_STATS)
class OccupationStatsListener extends DecodingListener<OccupationStatsChanged> {
    OccupationStatsListener(InboundProcessor processor, OccupationStatsIngest ingest) {
        super(processor, JsonEventDecoder.of(EventSchema.OCCUPATION_STATS_CHANGED, OccupationStatsChanged.class)
            .keyedBy(e -> e.occupation().code(), "occupation.code"), ingest::apply);
    }
}
