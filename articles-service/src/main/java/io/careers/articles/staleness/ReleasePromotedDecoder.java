package io.careers.articles.staleness;

import io.careers.contracts.EventSchema;
import io.careers.contracts.salary.ReleasePromoted;
import io.careers.messaging.inbound.InvalidRecordException;
import io.careers.messaging.inbound.JsonEventDecoder;
import io.careers.messaging.inbound.RecordDecoder;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Decodes {@code salary.release-events.v1}: the schema, then a key equal to the release id. */
final class ReleasePromotedDecoder implements RecordDecoder<ReleasePromoted> {
    private final JsonEventDecoder<ReleasePromoted> json =
        JsonEventDecoder.of(EventSchema.RELEASE_PROMOTED, ReleasePromoted.class);

    @Override
    public ReleasePromoted decode(ConsumerRecord<byte[], byte[]> record) {
        ReleasePromoted event = json.decode(record);
        String key = RecordDecoder.keyOf(record);
        if (!event.releaseId().equals(key)) {
            throw new InvalidRecordException("key: '" + key + "' disagrees with releaseId " + event.releaseId()
                + " (the key is the release id)");
        }
        return event;
    }
}
