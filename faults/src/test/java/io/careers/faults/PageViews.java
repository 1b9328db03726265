package io.careers.faults;

import com.fasterxml.jackson.databind.JsonNode;
import io.careers.contracts.ContractJson;
import io.careers.e2e.Web;
import io.careers.testkit.KafkaTestClient;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Views a reader reports as the gateway asks: one listing a page shows, and the
 * {@code Impression-Token}s of several answers of that page, each of which counts once.
 *
 * @param slug      the page
 * @param listingId the first listing it shows
 * @param tokens    one token per answer read
 */
record PageViews(String slug, String listingId, List<String> tokens) {

    /** Reads the page {@code answers} times: each answer carries its own token. */
    static PageViews read(Web web, String gateway, String slug, int answers) {
        String url = gateway + "/api/v1/pages/careers/" + slug;
        String listingId = web.get(url).body().path("schools").path("items").path(0).path("listingId").asText(null);
        assertNotNull(listingId, "the page shows a school");
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < answers; i++) {
            String token = web.header(url, "Impression-Token");
            assertNotNull(token, "an answer that shows schools carries an Impression-Token");
            tokens.add(token);
        }
        return new PageViews(slug, listingId, tokens);
    }

    /** @return the body of {@code POST /api/v1/interactions} reporting the view of answer {@code i} */
    String report(int i) {
        return "{\"type\": \"LISTING_VIEWED\", \"listingId\": \"" + listingId + "\", \"slug\": \"" + slug
            + "\", \"impression\": \"" + tokens.get(i) + "\"}";
    }

    /** @return the event ids of this listing's interactions among {@code records}, except those in {@code earlier}, repeats kept */
    List<String> eventIds(List<ConsumerRecord<byte[], byte[]>> records, Set<String> earlier) {
        return records.stream().filter(r -> listingId.equals(KafkaTestClient.text(r.key())))
            .map(r -> eventId(r.value())).filter(id -> !earlier.contains(id)).toList();
    }

    private static String eventId(byte[] value) {
        try {
            JsonNode event = ContractJson.readTree(value);
            return event.path("eventId").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
