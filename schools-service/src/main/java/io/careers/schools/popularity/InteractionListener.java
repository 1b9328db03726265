package io.careers.schools.popularity;

import com.fasterxml.jackson.databind.JsonNode;
import io.careers.contracts.ContractSchemas;
import io.careers.contracts.EventSchema;
import io.careers.contracts.SchemaViolation;
import io.careers.contracts.Topics;
import io.careers.contracts.gateway.ListingClicked;
import io.careers.contracts.gateway.ListingViewed;
import io.careers.messaging.inbound.InboundProcessor;
import io.careers.messaging.inbound.InvalidRecordException;
import io.careers.messaging.inbound.ListenerDefaults;
import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** Consumes {@code gateway.interactions.v1} into daily popularity counts. */
@KafkaListener(groupId = "${schools.consumer.group-id:schools-service}", clientId = "schools-interactions",
    offsetReset = OffsetReset.EARLIEST, batch = true, offsetStrategy = OffsetStrategy.SYNC,
    errorStrategy = @ErrorStrategy(value = ErrorStrategyValue.RETRY_ON_ERROR,
        retryCount = ListenerDefaults.RETRY_FOREVER, retryDelay = ListenerDefaults.RETRY_DELAY))
class InteractionListener {
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
    private static final int MAX_BYTES = 64 * 1024;

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
        if (record.value() == null) {
            throw new InvalidRecordException("the record has no value (a tombstone), which this topic does not accept");
        }
        if (record.value().length > MAX_BYTES) {
            throw new InvalidRecordException("the value is " + record.value().length + " bytes, more than the limit of "
                + MAX_BYTES + " bytes");
        }
        JsonNode document;
        try {
            document = JSON.readTree(record.value());
        } catch (java.io.IOException e) {
            throw new InvalidRecordException("the value is not valid JSON: " + e.getMessage(), e);
        }
        String type = document == null ? null : document.path("eventType").asText(null);
        EventSchema schema;
        if (ListingViewed.TYPE.equals(type)) {
            schema = EventSchema.LISTING_VIEWED;
        } else if (ListingClicked.TYPE.equals(type)) {
            schema = EventSchema.LISTING_CLICKED;
        } else {
            throw new InvalidRecordException("eventType: '" + type + "' is not ListingViewed or ListingClicked");
        }
        List<SchemaViolation> violations = ContractSchemas.validate(schema, document);
        if (!violations.isEmpty()) {
            throw new InvalidRecordException(violations.stream().map(SchemaViolation::toString).collect(Collectors.joining("; ")));
        }
        return new Interaction(UUID.fromString(document.get("eventId").asText()), document.get("listingId").asText(),
            ListingClicked.TYPE.equals(type), Instant.parse(document.get("occurredAt").asText()));
    }
}
