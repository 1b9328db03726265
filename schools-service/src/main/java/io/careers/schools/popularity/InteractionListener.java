package io.careers.schools.popularity;

import com.fasterxml.jackson.databind.JsonNode;
import io.careers.contracts.EventSchema;
import io.careers.contracts.Topics;
import io.careers.contracts.gateway.ListingClicked;
import io.careers.contracts.gateway.ListingViewed;
import io.careers.messaging.inbound.DecodingListener;
import io.careers.messaging.inbound.InboundProcessor;
import io.careers.messaging.inbound.InvalidRecordException;
import io.careers.messaging.inbound.JsonEventDecoder;
import io.careers.messaging.inbound.PlatformListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/** Consumes {@code gateway.interactions.v1} into daily popularity counts. */
@PlatformListener(clientId = "schools-interactions", topic = Topics.INTERACTIONS)
class InteractionListener extends DecodingListener<Interaction> {
    private static final int MAX_BYTES = 64 * 1024;
    /** How far ahead of this clock an interaction's time may be: the gateway's clock may run ahead a little. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    /** The schema depends on the event type: read the object once, then validate with the type's decoder. */
    private static final JsonEventDecoder<ListingViewed> VIEWED =
        JsonEventDecoder.of(EventSchema.LISTING_VIEWED, ListingViewed.class).withMaxBytes(MAX_BYTES);
    private static final JsonEventDecoder<ListingClicked> CLICKED =
        JsonEventDecoder.of(EventSchema.LISTING_CLICKED, ListingClicked.class).withMaxBytes(MAX_BYTES);

    InteractionListener(InboundProcessor processor, PopularityIngest ingest) {
        super(processor, InteractionListener::decode, ingest::apply);
    }

    private static Interaction decode(ConsumerRecord<byte[], byte[]> record) {
        Interaction interaction = interaction(record);
        // Keyed by listing id like every input topic's key names its value: a record without one is refused.
        String key = record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8);
        if (!interaction.listingId().equals(key)) {
            throw new InvalidRecordException(key == null
                ? "key: missing; it must be the listingId, " + interaction.listingId()
                : "key: '" + key + "' disagrees with the value, whose listingId is " + interaction.listingId());
        }
        // A future time would count toward days that have not come yet, and linger in the 30-day window.
        if (interaction.occurredAt().isAfter(Instant.now().plus(CLOCK_SKEW))) {
            throw new InvalidRecordException("occurredAt: " + interaction.occurredAt() + " is in the future; an "
                + "interaction is recorded when it happens");
        }
        return interaction;
    }

    private static Interaction interaction(ConsumerRecord<byte[], byte[]> record) {
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
