package io.careers.schools.listing;

import com.fasterxml.jackson.databind.JsonNode;
import io.careers.contracts.Topics;
import io.careers.schools.PartnerApi;
import io.careers.schools.SchoolsTestSupport;
import io.careers.testkit.Eventually;
import io.careers.testkit.KafkaTestClient;
import io.careers.testkit.TestInfrastructure;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The partner feed on Kafka: upserts, tombstones, events out, and dead letters for what is wrong. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartnerFeedIT implements TestPropertyProvider {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private final KafkaTestClient kafka = KafkaTestClient.forTests();

    @Inject
    @Client("/")
    HttpClient http;

    PartnerApi api;
    String key;
    String rivalKey;

    @Override
    public Map<String, String> getProperties() {
        return SchoolsTestSupport.properties("feed", kafka);
    }

    @BeforeAll
    void partner() {
        api = new PartnerApi(http);
        key = api.newPartner("feed-partner");
        rivalKey = api.newPartner("feed-rival");
        api.campaign("rival-spring", "feed-rival", 900, LocalDate.now(ZoneOffset.UTC),
            LocalDate.now(ZoneOffset.UTC).plusDays(30));
    }

    @AfterAll
    void close() {
        kafka.close();
    }

    private static String feedValue(String partnerId, String externalId) {
        return PartnerApi.listing(externalId).replaceFirst("\\{", "{\"partnerId\": \"" + partnerId + "\",");
    }

    @Test
    void aFeedRecordUpsertsATombstoneWithdrawsAndBothAreAnnounced() {
        kafka.send(Topics.PARTNER_LISTINGS, "feed-partner:f1", feedValue("feed-partner", "f1"));
        // Found by its external id: the partner's other tests add listings of their own.
        Eventually.await("f1 listed", WAIT, () -> listed("f1") != null);
        var listing = listed("f1");
        assertEquals("FEED", listing.at("/provenance/program.title/source").asText());
        String listingId = listing.get("listingId").asText();

        kafka.send(Topics.PARTNER_LISTINGS, "feed-partner:f1", (String) null);
        Eventually.await("f1 withdrawn", WAIT, () -> "WITHDRAWN".equals(listed("f1").path("status").asText()));
        Eventually.await("both events", WAIT, () -> events(listingId).size() == 2);
        List<String> types = events(listingId).stream().map(r -> KafkaTestClient.header(r, "eventType")).toList();
        assertEquals(List.of("ListingUpserted", "ListingWithdrawn"), types);
        assertTrue(KafkaTestClient.text(events(listingId).get(0).value()).contains("\"externalId\":\"f1\""));
    }

    @Test
    void anUnknownPartnerAMismatchedPartnerAndABadListingAreDeadLettered() {
        RecordMetadata ghost = kafka.send(Topics.PARTNER_LISTINGS, "ghost:g1", feedValue("ghost", "g1"));
        RecordMetadata mismatch = kafka.send(Topics.PARTNER_LISTINGS, "feed-partner:m1", feedValue("other", "m1"));
        RecordMetadata bad = kafka.send(Topics.PARTNER_LISTINGS, "feed-partner:b1",
            feedValue("feed-partner", "b1").replace("51.0707", "5107"));
        assertEquals("partner 'ghost' does not exist; an admin creates partners with POST /api/v1/admin/partners",
            reason(ghost));
        assertEquals("partnerId: 'other' differs from the key's partner 'feed-partner'", reason(mismatch));
        assertTrue(reason(bad).startsWith("program.cipCode: does not match the regex pattern"), reason(bad));

        // A feed names only its own partner's campaigns, as the partner API does.
        RecordMetadata borrowed = kafka.send(Topics.PARTNER_LISTINGS, "feed-partner:c1", PartnerApi.listing("c1",
                "Mohawk Valley Community College", "Utica", "NY", "51.0707", "ASSOCIATE", "ONLINE", "{\"campaignId\": \"rival-spring\"}")
            .replaceFirst("\\{", "{\"partnerId\": \"feed-partner\","));
        assertEquals("sponsorship.campaignId: you have no campaign 'rival-spring': an admin grants campaigns; "
            + "GET /api/v1/partner/campaigns lists yours", reason(borrowed));
    }

    @Test
    void aPartnersOwnFeedCarriesItsListingsAndNoOtherPartners() {
        // The partner's own principal, which may write only its own feed (KafkaAccess.partner).
        try (KafkaTestClient partner = new KafkaTestClient(TestInfrastructure.partnerFeedClient("feed-partner"))) {
            String feed = Topics.partnerFeed("feed-partner");
            partner.send(feed, "feed-partner:own-1", feedValue("feed-partner", "own-1"));
            Eventually.await("own-1 listed", WAIT, () -> api.list(key).body().findValuesAsText("externalId").contains("own-1"));

            assertEquals(201, api.put(rivalKey, "r1", PartnerApi.listing("r1")).status());
            // A tombstone of the rival's listing, and a listing in the rival's name, on this partner's feed.
            RecordMetadata withdraw = partner.send(feed, "feed-rival:r1", (String) null);
            RecordMetadata impersonate = partner.send(feed, "feed-rival:r2", feedValue("feed-rival", "r2"));
            String expected = "key: the feed of partner 'feed-partner' cannot carry a listing of partner 'feed-rival'";
            assertEquals(expected, reason(partner, feed, withdraw));
            assertEquals(expected, reason(partner, feed, impersonate));
            var rivals = api.list(rivalKey).body();
            assertEquals(1, rivals.get("totalItems").asInt(), "the rival's listings unchanged: " + rivals);
            assertEquals("ACTIVE", rivals.at("/items/0/status").asText());
        }
    }

    /** This partner's listing of an external id, or null. */
    private JsonNode listed(String externalId) {
        for (JsonNode item : api.list(key).body().get("items")) {
            if (externalId.equals(item.path("externalId").asText())) {
                return item;
            }
        }
        return null;
    }

    private List<ConsumerRecord<byte[], byte[]>> events(String listingId) {
        return kafka.readAll(Topics.LISTINGS, Duration.ofMillis(300)).stream()
            .filter(r -> listingId.equals(KafkaTestClient.text(r.key()))).toList();
    }

    private String reason(RecordMetadata sent) {
        return reason(kafka, Topics.PARTNER_LISTINGS, sent);
    }

    /** The reason a record was refused for, read by the given client: a partner reads its own feed's refusals. */
    private static String reason(KafkaTestClient kafka, String topic, RecordMetadata sent) {
        String offset = Long.toString(sent.offset());
        String partition = Integer.toString(sent.partition());
        return kafka.readUntil(Topics.deadLetterOf(topic), rs -> rs.stream().anyMatch(r ->
                offset.equals(KafkaTestClient.header(r, "dlt.original-offset"))
                    && partition.equals(KafkaTestClient.header(r, "dlt.original-partition"))), WAIT).stream()
            .filter(r -> offset.equals(KafkaTestClient.header(r, "dlt.original-offset"))
                && partition.equals(KafkaTestClient.header(r, "dlt.original-partition")))
            .map(r -> KafkaTestClient.header(r, "dlt.reason")).findFirst().orElseThrow();
    }
}
