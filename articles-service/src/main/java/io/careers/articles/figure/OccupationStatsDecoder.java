package io.careers.articles.figure;

import io.careers.contracts.EventSchema;
import io.careers.contracts.salary.OccupationStatsChanged;
import io.careers.messaging.inbound.InvalidRecordException;
import io.careers.messaging.inbound.JsonEventDecoder;
import io.careers.messaging.inbound.RecordDecoder;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Decodes {@code salary.occupation-stats.v1}: the schema, then a key equal to the occupation's code. */
final class OccupationStatsDecoder implements RecordDecoder<OccupationStatsChanged> {
    private final JsonEventDecoder<OccupationStatsChanged> json =
        JsonEventDecoder.of(EventSchema.OCCUPATION_STATS_CHANGED, OccupationStatsChanged.class);

    @Override
    public OccupationStatsChanged decode(ConsumerRecord<byte[], byte[]> record) {
        OccupationStatsChanged event = json.decode(record);
        String key = RecordDecoder.keyOf(record);
        if (!event.occupation().code().equals(key)) {
            throw new InvalidRecordException("key: '" + key + "' disagrees with occupation.code "
                + event.occupation().code() + " (the key is the SOC code)");
        }
        return event;
    }
}
