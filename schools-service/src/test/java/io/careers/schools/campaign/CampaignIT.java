package io.careers.schools.campaign;

import com.fasterxml.jackson.databind.JsonNode;
import io.careers.contracts.Topics;
import io.careers.schools.PartnerApi;
import io.careers.schools.PartnerApi.Answer;
import io.careers.schools.SchoolsTestSupport;
import io.careers.testkit.KafkaTestClient;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sponsorship comes from campaigns an admin granted: a partner names only its own running campaign,
 * sets none of its terms, and an admin's change of the terms reaches every listing of it.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CampaignIT implements TestPropertyProvider {
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private final KafkaTestClient kafka = KafkaTestClient.forTests();

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> tx;

    PartnerApi api;
    String keyA;
    String keyB;

    @Override
    public Map<String, String> getProperties() {
        return SchoolsTestSupport.properties("campaigns", kafka);
    }

    @BeforeAll
    void partners() {
        api = new PartnerApi(http);
        keyA = api.newPartner("campaign-a");
        keyB = api.newPartner("campaign-b");
        api.campaign("a-spring", "campaign-a", 10, TODAY.minusDays(5), TODAY.plusDays(30));
        api.campaign("b-spring", "campaign-b", 900, TODAY.minusDays(5), TODAY.plusDays(30));
        api.campaign("a-over", "campaign-a", 10, TODAY.minusDays(60), TODAY.minusDays(1));
    }

    @AfterAll
    void close() {
        kafka.close();
    }

    @Test
    void aListingNamingItsOwnCampaignShowsTheCampaignsTermsAndTheirChanges() {
        Answer created = api.put(keyA, "a-placed", listing("a-placed", "{\"campaignId\": \"a-spring\"}"));
        assertEquals(201, created.status(), created.toString());
        String listingId = created.body().get("listingId").asText();
        assertEquals(10, created.body().at("/sponsorship/priority").asInt());
        assertEquals("Sponsored", created.body().at("/sponsorship/disclosure").asText());
        JsonNode shown = item(listingId);
        assertTrue(shown.get("sponsored").asBoolean());
        assertEquals("Sponsored", shown.get("disclosure").asText());

        // An older feed repeats the campaign's own terms: that is the same listing, unchanged.
        Answer repeated = api.put(keyA, "a-placed", listing("a-placed", "{\"campaignId\": \"a-spring\", \"priority\": 10, "
            + "\"activeFrom\": \"" + TODAY.minusDays(5) + "\", \"activeTo\": \"" + TODAY.plusDays(30) + "\", \"disclosure\": \"Sponsored\"}"));
        assertEquals(200, repeated.status(), repeated.toString());
        assertEquals(1, repeated.body().get("version").asInt(), "nothing changed");

        Answer changed = api.changeCampaign("a-spring", 40, TODAY.minusDays(5), TODAY.plusDays(60), "AD");
        assertEquals(200, changed.status(), changed.toString());
        assertEquals("admin", changed.body().get("updatedBy").asText(), "who changed it is kept");
        JsonNode after = item(listingId);
        assertEquals("Ad", after.get("disclosure").asText());
        assertEquals(40, after.at("/rank/priority").asInt());
        List<String> announced = kafka.readUntil(Topics.LISTINGS, records -> records.stream()
                .anyMatch(r -> listingId.equals(KafkaTestClient.text(r.key())) && KafkaTestClient.text(r.value()).contains("\"Ad\"")),
            Duration.ofSeconds(30)).stream().filter(r -> listingId.equals(KafkaTestClient.text(r.key())))
            .map(r -> KafkaTestClient.text(r.value())).toList();
        assertTrue(announced.get(announced.size() - 1).contains("\"priority\":40"), "announced again with the new terms: " + announced);

        assertEquals(List.of("a-over", "a-spring"), ids(api.send(HttpRequest.GET("/api/v1/partner/campaigns").header("X-API-Key", keyA))),
            "a partner sees its own campaigns only");
    }

    @Test
    void aPartnerCannotBorrowAnotherPartnersCampaignNorSetItsTermsNorUseOneThatEnded() {
        String before = rowsOf("campaign-a");
        Map<String, String> attacks = Map.of(
            "another partner's campaign", "{\"campaignId\": \"b-spring\"}",
            "a campaign nobody has", "{\"campaignId\": \"nobodys\"}",
            "a priority above the campaign's", "{\"campaignId\": \"a-spring\", \"priority\": 1000}",
            "its own disclosure text", "{\"campaignId\": \"a-spring\", \"disclosure\": \"Editor's pick\"}",
            "longer dates", "{\"campaignId\": \"a-spring\", \"activeFrom\": \"2020-01-01\", \"activeTo\": \"2099-12-31\"}",
            "a campaign that ended", "{\"campaignId\": \"a-over\"}");
        List<String> answers = new ArrayList<>();
        attacks.forEach((attack, sponsorship) -> {
            Answer put = api.put(keyA, "a-attack", listing("a-attack", sponsorship));
            assertEquals(422, put.status(), attack + ": " + put);
            answers.add(put.body().get("errors").toString());
        });
        Answer batch = api.batch(keyA, "[" + listing("a-ok", null) + "," + listing("a-attack", "{\"campaignId\": \"b-spring\"}") + "]");
        assertEquals(422, batch.status(), batch.toString());
        assertEquals("[1].sponsorship.campaignId", batch.body().at("/errors/0/field").asText());
        assertTrue(answers.stream().anyMatch(a -> a.contains("you have no campaign 'b-spring'")), answers.toString());
        assertTrue(answers.stream().anyMatch(a -> a.contains("is set by campaign 'a-spring' (10), not by the listing")), answers.toString());
        assertTrue(answers.stream().anyMatch(a -> a.contains("is set by campaign 'a-spring' (Sponsored)")), answers.toString());
        assertTrue(answers.stream().anyMatch(a -> a.contains("campaign 'a-over' ended on " + TODAY.minusDays(1))), answers.toString());
        assertEquals(before, rowsOf("campaign-a"), "nothing of partner A changed");
    }

    @Test
    void onlyAnAdminGrantsOrChangesCampaigns() {
        String path = "/api/v1/admin/campaigns";
        Map<String, Object> body = Map.of("campaignId", "a-self", "partnerId", "campaign-a",
            "terms", Map.of("priority", 1000, "activeFrom", TODAY.toString(), "activeTo", TODAY.plusYears(1).toString(), "disclosure", "SPONSORED"));
        assertEquals(403, api.send(HttpRequest.POST(path, body).header("X-API-Key", keyA)).status(), "a partner is no admin");
        assertEquals(403, api.send(HttpRequest.POST(path, body).bearerAuth(SchoolsTestSupport.token("ed", List.of("EDITOR")))).status());
        assertEquals(401, api.send(HttpRequest.POST(path, body)).status());
        assertEquals(403, api.send(HttpRequest.PUT(path + "/a-spring", body.get("terms")).header("X-API-Key", keyA)).status());
        assertEquals(404, api.send(HttpRequest.GET(path + "/a-self").bearerAuth(SchoolsTestSupport.token("admin", List.of("ADMIN")))).status(),
            "none was created");

        assertEquals(409, api.createCampaign("b-spring", "campaign-a", 5, TODAY, TODAY, "AD").status(), "an id is granted once");
        // Mass assignment: who created it and when are the server's, whatever the body says.
        Answer assigned = api.send(HttpRequest.POST(path, Map.of("campaignId", "a-assigned", "partnerId", "campaign-a",
                "terms", Map.of("priority", 5, "activeFrom", TODAY.toString(), "activeTo", TODAY.toString(), "disclosure", "AD"),
                "createdBy", "mallory", "updatedBy", "mallory", "createdAt", "2000-01-01T00:00:00Z"))
            .bearerAuth(SchoolsTestSupport.token("admin", List.of("ADMIN"))));
        assertEquals(201, assigned.status(), assigned.toString());
        assertEquals("admin", assigned.body().get("createdBy").asText());
        assertTrue(assigned.body().get("createdAt").asText().startsWith(TODAY.toString().substring(0, 4)), assigned.toString());
        Answer invalid = api.createCampaign("a-bad", "nobody-here", 5000, TODAY, TODAY.minusDays(1), "EDITORS_PICK");
        assertEquals(422, invalid.status(), invalid.toString());
        assertEquals(List.of("terms.disclosure", "terms.priority"), fields(invalid));
        assertEquals(422, api.createCampaign("a-bad", "nobody-here", 5, TODAY, TODAY, "AD").status(), "no such partner");
        Answer reversed = api.createCampaign("a-bad", "campaign-a", 5, TODAY, TODAY.minusDays(1), "AD");
        assertEquals(List.of("terms.activeTo"), fields(reversed));
        assertEquals(404, api.changeCampaign("nobodys", 5, TODAY, TODAY, "AD").status());
    }

    private JsonNode item(String listingId) {
        for (JsonNode item : api.schools("?cip=51.0707&size=50").body().get("items")) {
            if (listingId.equals(item.get("listingId").asText())) {
                return item;
            }
        }
        throw new AssertionError("listing " + listingId + " is not listed");
    }

    private static String listing(String externalId, String sponsorship) {
        return PartnerApi.listing(externalId, "Campaign College", "Utica", "NY", "51.0707", "ASSOCIATE", "ONLINE", sponsorship);
    }

    private static List<String> ids(Answer answer) {
        List<String> ids = new ArrayList<>();
        answer.body().forEach(c -> ids.add(c.get("campaignId").asText()));
        return ids;
    }

    private static List<String> fields(Answer answer) {
        List<String> fields = new ArrayList<>();
        answer.body().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields.stream().sorted().toList();
    }

    private String rowsOf(String partnerId) {
        return SchoolsTestSupport.listingRowsOf(jdbc, tx, partnerId);
    }
}
