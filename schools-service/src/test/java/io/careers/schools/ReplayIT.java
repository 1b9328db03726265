package io.careers.schools;

import io.careers.contracts.Topics;
import io.careers.contracts.gateway.ListingClicked;
import io.careers.contracts.gateway.ListingViewed;
import io.careers.testkit.Eventually;
import io.careers.testkit.KafkaTestClient;
import io.careers.testkit.ServiceDatabase;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.serde.ObjectMapper;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Consuming both input topics again from where the service started leaves every table exactly as
 * it was and publishes nothing new: upserts, updates, withdrawals, duplicates, bad records and
 * interactions (counted once each) included.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReplayIT {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final List<String> TABLES = List.of("partner", "institution", "program", "listing",
        "listing_interaction_daily", "messaging.inbox");
    private final KafkaTestClient kafka = KafkaTestClient.forTests();
    private final ObjectMapper json = ObjectMapper.getDefault();

    @AfterAll
    void close() {
        kafka.close();
    }

    @Test
    void aReplayOfEveryInputChangesNothing() throws IOException {
        Map<String, String> properties = SchoolsTestSupport.properties("replay", kafka);
        String group = properties.get("messaging.consumer.group-id");
        ServiceDatabase database = ServiceDatabase.of(properties);
        Map<TopicPartition, Long> start = kafka.endOffsets(SchoolsTestSupport.INPUTS);
        String partner = "replay-" + UUID.randomUUID().toString().substring(0, 8);

        Map<String, String> firstRun;
        String outboxRows;
        try (ApplicationContext service = ApplicationContext.run(new LinkedHashMap<>(properties), Environment.TEST)) {
            database.execute("INSERT INTO partner (partner_id, name) VALUES ('" + partner + "', 'Replay')");
            publishListings(partner);
            kafka.awaitGroupAt(group, kafka.endOffsets(SchoolsTestSupport.INPUTS), WAIT);
            Eventually.await("five listings", WAIT, () -> "5".equals(database.single("SELECT count(*) FROM listing")));
            publishInteractions(database.single("SELECT min(listing_id::text) FROM listing WHERE status = 'ACTIVE'"));
            kafka.awaitGroupAt(group, kafka.endOffsets(SchoolsTestSupport.INPUTS), WAIT);
            firstRun = database.checksums(TABLES);
            outboxRows = database.single("SELECT count(*) FROM messaging.outbox");
        }
        assertEquals("3", database.single("SELECT coalesce(sum(views + clicks), 0) FROM listing_interaction_daily"),
            "three distinct interactions, the repeated one counted once");

        kafka.commitGroupOffsets(group, start);
        try (ApplicationContext replay = ApplicationContext.run(new LinkedHashMap<>(properties), Environment.TEST)) {
            kafka.awaitGroupAt(group, kafka.endOffsets(SchoolsTestSupport.INPUTS), WAIT);
            assertEquals(firstRun, database.checksums(TABLES), "every table byte-for-byte the same");
            assertEquals(outboxRows, database.single("SELECT count(*) FROM messaging.outbox"), "no event published again");
        }
    }

    private void publishListings(String partner) {
        for (int i = 0; i < 5; i++) {
            send(partner, "r" + i, PartnerApi.listing("r" + i));
        }
        send(partner, "r1", PartnerApi.listing("r1").replace("Health Information Technology", "Health Information Management"));
        send(partner, "r2", PartnerApi.listing("r2"));
        send(partner, "r3", null);
        send(partner, "r4", "{\"externalId\": \"r4\", \"institution\": 7}");
    }

    private void send(String partner, String externalId, String listing) {
        String value = listing == null ? null : listing.replaceFirst("\\{", "{\"partnerId\": \"" + partner + "\",");
        kafka.send(Topics.PARTNER_LISTINGS, partner + ":" + externalId, value);
    }

    private void publishInteractions(String listingId) throws IOException {
        ListingViewed view = ListingViewed.of(listingId, "medical-records-administration");
        for (Object event : List.of(view, view, ListingViewed.of(listingId, "x"), ListingClicked.of(listingId, "x"))) {
            kafka.send(Topics.INTERACTIONS, listingId, json.writeValueAsString(event));
        }
    }
}
