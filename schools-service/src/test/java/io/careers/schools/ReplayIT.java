package io.careers.schools;

import io.careers.contracts.ContractJson;
import io.careers.contracts.Topics;
import io.careers.contracts.gateway.ListingClicked;
import io.careers.contracts.gateway.ListingViewed;
import io.careers.testkit.Eventually;
import io.careers.testkit.KafkaTestClient;
import io.careers.testkit.ReplayCheck;
import io.careers.testkit.ServiceDatabase;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
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

    @AfterAll
    void close() {
        kafka.close();
    }

    @Test
    void aReplayOfEveryInputChangesNothing() {
        Map<String, String> properties = SchoolsTestSupport.properties("replay", kafka);
        ServiceDatabase database = ServiceDatabase.of(properties);
        String partner = "replay-" + UUID.randomUUID().toString().substring(0, 8);
        ReplayCheck.assertReplayChangesNothing(kafka, properties, SchoolsTestSupport.INPUTS, TABLES,
            p -> ApplicationContext.run(p, Environment.TEST), service -> {
                database.execute("INSERT INTO partner (partner_id, name) VALUES ('" + partner + "', 'Replay')");
                publishListings(partner);
                Eventually.await("five listings", WAIT, () -> "5".equals(database.single("SELECT count(*) FROM listing")));
                publishInteractions(database.single("SELECT min(listing_id::text) FROM listing WHERE status = 'ACTIVE'"));
            });
        assertEquals("3", database.single("SELECT coalesce(sum(views + clicks), 0) FROM listing_interaction_daily"),
            "three distinct interactions, the repeated one counted once");
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

    private void publishInteractions(String listingId) {
        ListingViewed view = ListingViewed.of(listingId, "medical-records-administration");
        for (Object event : List.of(view, view, ListingViewed.of(listingId, "x"), ListingClicked.of(listingId, "x"))) {
            kafka.send(Topics.INTERACTIONS, listingId, ContractJson.write(event));
        }
    }
}
