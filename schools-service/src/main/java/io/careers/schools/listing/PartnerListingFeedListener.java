package io.careers.schools.listing;

import com.fasterxml.jackson.databind.JsonNode;
import io.careers.contracts.EventSchema;
import io.careers.contracts.Topics;
import io.careers.contracts.http.FieldError;
import io.careers.messaging.inbound.DecodingListener;
import io.careers.messaging.inbound.InboundProcessor;
import io.careers.messaging.inbound.InvalidRecordException;
import io.careers.messaging.inbound.JsonEventDecoder;
import io.careers.messaging.inbound.PlatformListener;
import io.careers.messaging.inbound.RecordDecoder;
import io.micronaut.configuration.kafka.annotation.Topic;
import io.micronaut.context.annotation.Property;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Consumes the partner feeds: each partner's own topic ({@code schools.partner-feed.<partnerId>.v1},
 * which only that partner's Kafka principal may write) and the operators' shared
 * {@code schools.partner-listings.v1}. The same validation as the partner API; the key names the
 * partner, a tombstone withdraws. An unknown partner, a value naming another partner than its key,
 * and on a partner's own feed a key naming another partner, are dead-lettered: to that partner's
 * {@code .dlt} topic, which the partner may read.
 */
@PlatformListener(clientId = "schools-partner-feed", topic = Topics.PARTNER_LISTINGS, properties =
    // A partner's feed provisioned while the service runs is subscribed within this time.
    @Property(name = ConsumerConfig.METADATA_MAX_AGE_CONFIG, value = "10000"))
class PartnerListingFeedListener extends DecodingListener<FeedRecord> {
    private static final JsonEventDecoder<Object> JSON = JsonEventDecoder.of(EventSchema.PARTNER_LISTING, Object.class);

    PartnerListingFeedListener(InboundProcessor processor, PartnerFeedIngest ingest) {
        super(processor, PartnerListingFeedListener::decode, ingest::apply);
    }

    /**
     * Every partner's own feed, by pattern, beside {@code topic}: a feed provisioned while the service
     * runs is read too. Its topics are made with the partner's principal (KafkaProvisioning), not
     * declared by the service.
     */
    @Topic(patterns = Topics.PARTNER_FEED_PATTERN)
    void receiveOwnFeeds(List<ConsumerRecord<byte[], byte[]>> records, Consumer<byte[], byte[]> consumer) {
        process(records, consumer);
    }

    private static FeedRecord decode(ConsumerRecord<byte[], byte[]> record) {
        String key = RecordDecoder.keyOf(record);
        int colon = key == null ? -1 : key.indexOf(':');
        if (colon <= 0 || colon == key.length() - 1) {
            throw new InvalidRecordException("key: '" + key + "' must be {partnerId}:{externalId}");
        }
        String partnerId = key.substring(0, colon);
        String externalId = key.substring(colon + 1);
        String feedOwner = Topics.partnerOfFeed(record.topic());
        if (feedOwner != null && !feedOwner.equals(partnerId)) {
            throw new InvalidRecordException("key: the feed of partner '" + feedOwner + "' cannot carry a listing of partner '"
                + partnerId + "'");
        }
        if (record.value() == null) {
            return new FeedRecord(partnerId, externalId, null);
        }
        JsonNode document = JSON.parse(record.value());
        List<FieldError> errors = ListingValidation.checkRules(document, "");
        if (!errors.isEmpty()) {
            throw new InvalidRecordException(errors.stream().map(e -> e.field() + ": " + e.message())
                .collect(Collectors.joining("; ")));
        }
        if (!partnerId.equals(document.path("partnerId").asText())) {
            throw new InvalidRecordException("partnerId: '" + document.path("partnerId").asText()
                + "' differs from the key's partner '" + partnerId + "'");
        }
        if (!externalId.equals(document.path("externalId").asText())) {
            throw new InvalidRecordException("externalId: '" + document.path("externalId").asText()
                + "' differs from the key's external id '" + externalId + "'");
        }
        return new FeedRecord(partnerId, externalId, ListingValidation.bind(document));
    }
}
