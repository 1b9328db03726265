package io.careers.messaging.inbound;

import io.careers.contracts.EventSchema;
import io.careers.contracts.gateway.ListingViewed;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each way a record can break its contract gives a reason that names what is wrong. */
class JsonEventDecoderTest {
    private static final String VIEW = "{\"eventId\": \"3f2c9a10-8d7e-4b1a-9c3e-2a1b0c9d8e7f\", \"eventType\": \"ListingViewed\","
        + " \"occurredAt\": \"2026-12-03T08:00:00Z\", \"schemaVersion\": 1, \"listingId\": \"listing-1\","
        + " \"slug\": \"medical-records-administration\", \"unknownField\": true}";
    private static final JsonEventDecoder<ListingViewed> DECODER =
        JsonEventDecoder.of(EventSchema.LISTING_VIEWED, ListingViewed.class);

    private static ConsumerRecord<byte[], byte[]> record(String key, String value) {
        return new ConsumerRecord<>("t", 0, 0, key == null ? null : key.getBytes(StandardCharsets.UTF_8),
            value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    private static String reason(JsonEventDecoder<?> decoder, String value) {
        return assertThrows(InvalidRecordException.class, () -> decoder.decode(record("k", value))).getMessage();
    }

    @Test
    void aValidValueIsBoundAndUnknownFieldsAreIgnored() {
        ListingViewed viewed = DECODER.decode(record("listing-1", VIEW));
        assertEquals("listing-1", viewed.listingId());
    }

    @Test
    void eachBrokenValueIsRefusedWithItsReason() {
        assertTrue(reason(DECODER, null).startsWith("the record has no value (a tombstone)"));
        assertTrue(reason(DECODER, "{\"eventId\": nope").startsWith("the value is not valid JSON"));
        assertTrue(reason(DECODER, "{\"eventId\": nope").contains("(line 1, column "), "names where");
        assertEquals("the value must be a JSON object, was array", reason(DECODER, "[1, 2]"));
        assertTrue(reason(DECODER, VIEW.replace("\"listing-1\"", "\"\"")).startsWith("listingId: "),
            reason(DECODER, VIEW.replace("\"listing-1\"", "\"\"")));
        assertEquals("the value is 50 bytes, more than the limit of 40 bytes",
            reason(DECODER.withMaxBytes(40), "{\"a\": \"" + "x".repeat(41) + "\"}"));
    }

    @Test
    void aKeyThatDisagreesWithTheValueIsRefused() {
        RecordDecoder<ListingViewed> keyed = DECODER.keyedBy(ListingViewed::listingId, "listingId");
        assertEquals("listing-1", keyed.decode(record("listing-1", VIEW)).listingId());
        String reason = assertThrows(InvalidRecordException.class, () -> keyed.decode(record("listing-2", VIEW)))
            .getMessage();
        assertEquals("key: 'listing-2' disagrees with the value, whose listingId is listing-1", reason);
    }
}
