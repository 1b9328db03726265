package io.careers.schools.popularity;

import com.fasterxml.jackson.databind.JsonNode;
import io.careers.contracts.EventSchema;
import io.careers.contracts.Topics;
import io.careers.contracts.gateway.ListingClicked;
import io.careers.contracts.gateway.ListingViewed;
import io.careers.messaging.inbound.InboundProcessor;
import io.careers.messaging.inbound.InvalidRecordException;
import io.careers.messaging.inbound.JsonEventDecoder;
import io.careers.messaging.inbound.ListenerDefaults;
import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.util.List;

/** Consumes {@code gateway.interactions.v1} into daily popularity counts. */
@KafkaListener(groupId = "${schools.consumer.group-id:schools-service}", clientId = "schools-interactions",
    offsetReset = OffsetReset.EARLIEST, batch = true, offsetStrategy = OffsetStrategy.SYNC,
    errorStrategy = @ErrorStrategy(value = ErrorStrategyValue.RETRY_ON_ERROR,
        retryCount = ListenerDefaults.RETRY_FOREVER, retryDelay = ListenerDefaults.RETRY_DELAY))
class InteractionListener {
    private static final int MAX_BYTES = 64 * 1024;
    /** The schema depends on the event type: read the object once, then validate with the type's decoder. */
    private static final JsonEventDecoder<ListingViewed> VIEWED =
        JsonEventDecoder.of(EventSchema.LISTING_VIEWED, ListingViewed.class).withMaxBytes(MAX_BYTES);
    private static final JsonEventDecoder<ListingClicked> CLICKED =
        JsonEventDecoder.of(EventSchema.LISTING_CLICKED, ListingClicked.class).withMaxBytes(MAX_BYTES);

    private final InboundProcessor processor;
    private final PopularityIngest ingest;

    InteractionListener(InboundProcessor processor, PopularityIngest ingest) {
        this.processor = processor;
        this.ingest = ingest;
    }

    @Topic(Topics.INTERACTIONS)
    void receive(List<ConsumerRecord<byte[], byte[]>> records) {
        processor.process(records, InteractionListener::decode, ingest::apply);
    }

    private static Interaction decode(ConsumerRecord<byte[], byte[]> record) {
        JsonNode document = VIEWED.readObject(record.value());
        String type = document.path("eventType").asText(null);
        if (ListingViewed.TYPE.equals(type)) {
            ListingViewed viewed = VIEWED.bind(VIEWED.validate(document));
            return new Interaction(viewed.eventId(), viewed.listingId(), false, viewed.occurredAt());
        }
        if (ListingClicked.TYPE.equals(type)) {
            ListingClicked clicked = CLICKED.bind(CLICKED.validate(document));
            return new Interaction(clicked.eventId(), clicked.listingId(), true, clicked.occurredAt());
        }
        throw new InvalidRecordException("eventType: '" + type + "' is not ListingViewed or ListingClicked");
    }
}
