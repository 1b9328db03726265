package io.careers.schools.listing;

import com.fasterxml.jackson.databind.JsonNode;
import io.careers.schools.PartnerApi;
import io.careers.schools.PartnerApi.Answer;
import io.careers.schools.SchoolsTestSupport;
import io.careers.testkit.KafkaTestClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What partners send wrong, each answered with a problem that names the field, and nothing stored. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListingInputIT implements TestPropertyProvider {
    private final KafkaTestClient kafka = KafkaTestClient.forTests();

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    io.micronaut.data.jdbc.runtime.JdbcOperations jdbc;
    @Inject
    io.micronaut.transaction.TransactionOperations<java.sql.Connection> tx;

    PartnerApi api;
    String key;

    @Override
    public Map<String, String> getProperties() {
        return SchoolsTestSupport.properties("listing_input", kafka);
    }

    @BeforeAll
    void partner() {
        api = new PartnerApi(http);
        key = api.newPartner("input-partner");
    }

    @AfterAll
    void close() {
        kafka.close();
    }

    @Test
    void malformedJsonIs400() {
        Answer answer = api.put(key, "x", "{\"externalId\": ");
        assertEquals(400, answer.status());
        assertEquals("application/problem+json", answer.contentType());
        assertTrue(answer.body().get("detail").asText().startsWith("The body is not valid JSON"));
    }

    @Test
    void badValuesAreNamedFieldByField() {
        String bad = PartnerApi.listing("bad", "Somewhere College", "Nowhere", "XX", "51-0707", "PHD", "MAIL", null)
            .replace("https://www.example.edu", "javascript:alert(1)");
        Answer answer = api.put(key, "bad", bad);
        assertEquals(422, answer.status());
        assertEquals(List.of("institution.state", "institution.website", "program.cipCode", "program.credential",
            "program.delivery"), fields(answer.body()));
        assertEquals(404, api.delete(key, "bad").status(), "nothing was stored");
    }

    @Test
    void reversedCampaignDatesAndAnOutOfRangePriorityAreRefused() {
        Answer reversed = api.put(key, "s1", PartnerApi.listing("s1", "Mohawk Valley Community College", "Utica", "NY",
            "51.0707", "ASSOCIATE", "ONLINE", "{\"campaignId\": \"c\", \"priority\": 10, \"activeFrom\": \"2026-12-31\", \"activeTo\": \"2026-01-01\"}"));
        assertEquals(422, reversed.status());
        assertEquals(List.of("sponsorship.activeTo"), fields(reversed.body()));
        Answer priority = api.put(key, "s2", PartnerApi.listing("s2", "Mohawk Valley Community College", "Utica", "NY",
            "51.0707", "ASSOCIATE", "ONLINE", "{\"campaignId\": \"c\", \"priority\": 5000, \"activeFrom\": \"2026-01-01\", \"activeTo\": \"2026-12-31\"}"));
        assertEquals(List.of("sponsorship.priority"), fields(priority.body()));
    }

    @Test
    void markupInNamesIsStoredAsTextAndUnknownFieldsAreIgnored() {
        String name = "<script>alert('x')</script> College <b>&</b>";
        String doc = PartnerApi.listing("markup", name, "Utica", "NY", "51.0707", "ASSOCIATE", "ONLINE", null)
            .replaceFirst("\\{", "{\"listingId\": \"forged\", \"createdAt\": \"2000-01-01T00:00:00Z\", \"source\": \"FEED\", \"color\": \"red\",");
        Answer created = api.put(key, "markup", doc);
        assertEquals(201, created.status(), created.toString());
        assertEquals(name, created.body().at("/institution/name").asText(), "stored exactly as sent");
        assertTrue(!created.body().get("listingId").asText().equals("forged"), "server-owned fields are never applied");
        assertEquals("API", created.body().at("/provenance/program.title/source").asText());
        assertTrue(created.contentType().startsWith("application/json"), "JSON, never HTML");
    }

    @Test
    void aBatchWithDuplicateIdsOrAnInvalidItemStoresNothingAndNamesEachItem() {
        String batch = "[" + PartnerApi.listing("d1") + "," + PartnerApi.listing("d2") + "," + PartnerApi.listing("d1")
            + "," + PartnerApi.listing("d3").replace("51.0707", "51") + "]";
        Answer answer = api.batch(key, batch);
        assertEquals(422, answer.status());
        assertEquals(List.of("[2].externalId", "[3].program.cipCode"), fields(answer.body()));
        assertEquals(404, api.delete(key, "d2").status(), "nothing of the batch was stored");
    }

    @Test
    void aBatchOfMoreThan5000ListingsOrMoreThan5MbIs413() {
        StringJoiner many = new StringJoiner(",", "[", "]");
        for (int i = 0; i < 5001; i++) {
            many.add("{}");
        }
        Answer tooMany = api.batch(key, many.toString());
        assertEquals(413, tooMany.status());
        assertTrue(tooMany.body().get("detail").asText().contains("at most 5000"));

        StringJoiner big = new StringJoiner(",", "[", "]");
        String padded = PartnerApi.listing("p").replace("Health Information Technology", "H".repeat(1500));
        for (int i = 0; i < 3600; i++) {
            big.add(padded);
        }
        assertTrue(big.toString().length() > 5 * 1024 * 1024);
        assertEquals(413, api.batch(key, big.toString()).status());
    }

    @Test
    void aValidBatchIsStoredAndSendingItAgainChangesNothing() {
        StringJoiner batch = new StringJoiner(",", "[", "]");
        for (int i = 0; i < 50; i++) {
            batch.add(PartnerApi.listing("ok-" + i));
        }
        Answer first = api.batch(key, batch.toString());
        assertEquals(50, first.body().get("created").asInt(), first.toString());
        Answer again = api.batch(key, batch.toString());
        assertEquals(50, again.body().get("unchanged").asInt());
        assertEquals(1, again.body().at("/items/0/version").asInt());
        assertEquals(0L, danglingReferences(), "every listing's partner, institution and program exist");
    }

    /** listing has no foreign keys (they cost a third of batch ingest): its references are checked here. */
    private long danglingReferences() {
        return tx.executeRead(status -> jdbc.execute(c -> {
            try (var rs = c.createStatement().executeQuery("""
                SELECT count(*) FROM listing l
                  LEFT JOIN partner pa ON pa.partner_id = l.partner_id
                  LEFT JOIN institution i ON i.institution_id = l.institution_id
                  LEFT JOIN program pr ON pr.program_id = l.program_id AND pr.institution_id = l.institution_id
                 WHERE pa.partner_id IS NULL OR i.institution_id IS NULL OR pr.program_id IS NULL""")) {
                rs.next();
                return rs.getLong(1);
            }
        }));
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields.stream().distinct().sorted().toList();
    }
}
