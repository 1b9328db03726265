package io.careers.gateway.invalidation;

import io.careers.contracts.Topics;
import io.careers.messaging.tracing.MessageTracing;
import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.Topic;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Drops cached data when its owner announces a change. Every gateway instance must see every
 * event, so each consumes in a consumer group of its own ({@code uniqueGroupId}), from the latest
 * offset: a starting instance has empty caches, so older events do not matter. A record that
 * cannot be read drops everything its topic could have changed (see ADR 0012).
 */
@KafkaListener(groupId = "${gateway.consumer.group-id-prefix:gateway}", uniqueGroupId = true,
    clientId = "gateway-invalidation", offsetReset = OffsetReset.LATEST, batch = true,
    errorStrategy = @ErrorStrategy(value = ErrorStrategyValue.RETRY_ON_ERROR, retryCount = 3, retryDelay = "200ms"))
record InvalidationListener(Invalidations invalidations, ObjectMapper json, MessageTracing tracing) {
    private static final Logger LOG = LoggerFactory.getLogger(InvalidationListener.class);


    @Topic({Topics.ARTICLES, Topics.OCCUPATION_STATS, Topics.RELEASE_EVENTS, Topics.LISTINGS})
    void receive(List<ConsumerRecord<byte[], byte[]>> records) {
        // The invalidation is the last step of the trace of the change that caused it.
        tracing.consuming("gateway-invalidation", records, () -> invalidate(records));
    }

    private void invalidate(List<ConsumerRecord<byte[], byte[]>> records) {
        boolean articles = false;
        ListingChanges listings = new ListingChanges();
        boolean allSalary = false;
        Set<String> occupations = new HashSet<>();
        for (ConsumerRecord<byte[], byte[]> record : records) {
            switch (record.topic()) {
                case Topics.ARTICLES -> articles = true;
                case Topics.LISTINGS -> listingOf(record, listings);
                case Topics.RELEASE_EVENTS -> allSalary = true;
                case Topics.OCCUPATION_STATS -> {
                    String code = occupationOf(record);
                    if (code == null) {
                        allSalary = true;
                    } else {
                        occupations.add(code);
                    }
                }
                default -> LOG.warn("record of unexpected topic {}", record.topic());
            }
        }
        if (articles) {
            invalidations.articlesChanged();
        }
        if (listings.any()) {
            invalidations.listingsChanged(listings);
        }
        if (allSalary) {
            invalidations.allSalaryChanged();
        } else if (!occupations.isEmpty()) {
            invalidations.occupationsChanged(occupations);
        }
    }

    /**
     * Reads which listing and CIP code a listing event is about: {@code program.cipCode} of an
     * upsert, {@code cipCode} of a withdrawal (absent from older producers).
     */
    private void listingOf(ConsumerRecord<byte[], byte[]> record, ListingChanges changes) {
        try {
            JsonNode value = record.value() == null ? null : json.readValue(record.value(), JsonNode.class);
            if (value != null && value.isObject()) {
                JsonNode program = value.get("program");
                String cipCode = text(program != null && program.isObject() ? program.get("cipCode") : value.get("cipCode"));
                String listingId = text(value.get("listingId"));
                if (cipCode != null && listingId != null) {
                    changes.listing(listingId, cipCode);
                    return;
                }
            }
        } catch (IOException e) {
            // handled below
        }
        LOG.debug("listing record {}-{}@{} names no CIP code: dropping every schools entry", record.topic(), record.partition(),
            record.offset());
        changes.unknownListing();
    }

    private static String text(JsonNode node) {
        return node != null && node.isString() ? node.getStringValue() : null;
    }

    /** @return the SOC code the event is about, or null when the record cannot be read */
    private String occupationOf(ConsumerRecord<byte[], byte[]> record) {
        try {
            JsonNode value = record.value() == null ? null : json.readValue(record.value(), JsonNode.class);
            JsonNode occupation = value == null || !value.isObject() ? null : value.get("occupation");
            JsonNode code = occupation == null || !occupation.isObject() ? null : occupation.get("code");
            if (code != null && code.isString()) {
                return code.getStringValue();
            }
        } catch (IOException e) {
            // handled below
        }
        LOG.warn("unreadable record {}-{}@{}: dropping every salary entry", record.topic(), record.partition(), record.offset());
        return null;
    }
}
