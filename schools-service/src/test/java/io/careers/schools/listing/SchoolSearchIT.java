package io.careers.schools.listing;

import com.fasterxml.jackson.databind.JsonNode;
import io.careers.contracts.Topics;
import io.careers.contracts.gateway.ListingClicked;
import io.careers.contracts.gateway.ListingViewed;
import io.careers.schools.PartnerApi;
import io.careers.schools.PartnerApi.Answer;
import io.careers.schools.SchoolsTestSupport;
import io.careers.testkit.Eventually;
import io.careers.testkit.KafkaTestClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Popular Schools listing: ranking, honest sponsorship, popularity from interactions, filters, pages. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SchoolSearchIT implements TestPropertyProvider {
    private static final LocalDate TODAY = LocalDate.now(java.time.ZoneOffset.UTC);
    private final KafkaTestClient kafka = KafkaTestClient.forTests();

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    ObjectMapper json;

    PartnerApi api;
    String key;
    Map<String, String> ids = new java.util.HashMap<>();

    @Override
    public Map<String, String> getProperties() {
        return SchoolsTestSupport.properties("search", kafka);
    }

    @AfterAll
    void close() {
        kafka.close();
    }

    private String campaign(String campaignId, int priority, LocalDate from, LocalDate to) {
        return api.campaign(campaignId, "search-partner", priority, from, to);
    }

    @BeforeAll
    void listings() throws IOException {
        api = new PartnerApi(http);
        key = api.newPartner("search-partner");
        put("zeta", "Zeta College", "NY", "ASSOCIATE", "ONLINE", campaign("search-zeta", 5, TODAY.minusDays(10), TODAY.plusDays(10)));
        put("beta", "Beta College", "NY", "ASSOCIATE", "CAMPUS", campaign("search-beta", 50, TODAY, TODAY));
        put("alpha", "Alpha College", "NC", "ASSOCIATE", "ONLINE", campaign("search-alpha", 99, TODAY.minusYears(1), TODAY));
        // The admin ends alpha's campaign yesterday: its listing ranks as organic from now on.
        assertEquals(200, api.changeCampaign("search-alpha", 99, TODAY.minusYears(1), TODAY.minusDays(1), "SPONSORED").status());
        put("gamma", "Gamma College", "NC", "CERTIFICATE", "ONLINE", null);
        put("delta", "Delta College", "GA", "ASSOCIATE", "HYBRID", null);
        Answer assisting = api.put(key, "assist", PartnerApi.listing("assist", "Arkansas Tech University", "Russellville",
            "AR", "51.0801", "ASSOCIATE", "CAMPUS", null));
        ids.put("assist", assisting.body().get("listingId").asText());

        String gamma = ids.get("gamma");
        ListingViewed view = ListingViewed.of(gamma, "medical-records-administration");
        for (Object event : List.of(view, view, ListingViewed.of(gamma, "x"), ListingClicked.of(gamma, "x"))) {
            kafka.send(Topics.INTERACTIONS, gamma, json.writeValueAsString(event));
        }
        Eventually.await("gamma's three interactions", Duration.ofSeconds(30),
            () -> rank(api.schools("?cip=51.0707&size=50").body(), "gamma").get("interactions30d").asInt() == 3);
    }

    private void put(String externalId, String name, String state, String credential, String delivery, String sponsorship) {
        Answer answer = api.put(key, externalId, PartnerApi.listing(externalId, name, "Springfield", state, "51.0707",
            credential, delivery, sponsorship));
        assertEquals(201, answer.status(), answer.toString());
        ids.put(externalId, answer.body().get("listingId").asText());
    }

    @Test
    void anInteractionWithoutItsListingAsKeyIsDeadLetteredAndNotCounted() throws IOException {
        String delta = ids.get("delta");
        String view = json.writeValueAsString(ListingViewed.of(delta, "medical-records-administration"));
        RecordMetadata keyless = kafka.send(Topics.INTERACTIONS, null, view);
        RecordMetadata otherKey = kafka.send(Topics.INTERACTIONS, ids.get("gamma"), view);
        assertEquals("key: missing; it must be the listingId, " + delta, interactionRejected(keyless));
        assertEquals("key: '" + ids.get("gamma") + "' disagrees with the value, whose listingId is " + delta,
            interactionRejected(otherKey));
        assertEquals(0, rank(api.schools("?cip=51.0707&size=50").body(), "delta").get("interactions30d").asInt());
        assertEquals(3, rank(api.schools("?cip=51.0707&size=50").body(), "gamma").get("interactions30d").asInt());
    }

    @Test
    void anInteractionWithAnUnknownListingOrAFutureTimeIsDeadLetteredAloneAndTheRestCount() throws IOException {
        String assist = ids.get("assist");
        String unknown = UUID.randomUUID().toString();
        ListingViewed future = new ListingViewed(UUID.randomUUID(), ListingViewed.TYPE, Instant.now().plus(Duration.ofDays(1)),
            ListingViewed.SCHEMA_VERSION, assist, "medical-records-administration");
        RecordMetadata ofUnknown = kafka.send(Topics.INTERACTIONS, unknown,
            json.writeValueAsString(ListingClicked.of(unknown, "medical-records-administration")));
        RecordMetadata ahead = kafka.send(Topics.INTERACTIONS, assist, json.writeValueAsString(future));
        kafka.send(Topics.INTERACTIONS, assist, json.writeValueAsString(ListingClicked.of(assist, "x")));
        assertEquals("listingId: no listing " + unknown + " exists", interactionRejected(ofUnknown));
        assertTrue(interactionRejected(ahead).startsWith("occurredAt: " + future.occurredAt() + " is in the future"));
        Eventually.await("the valid click counts", Duration.ofSeconds(30),
            () -> rank(api.schools("?cip=51.0801").body(), "assist").get("interactions30d").asInt() == 1);
    }

    private String interactionRejected(RecordMetadata sent) {
        String offset = Long.toString(sent.offset());
        String partition = Integer.toString(sent.partition());
        return kafka.readUntil(Topics.deadLetterOf(Topics.INTERACTIONS), rs -> rs.stream().anyMatch(r ->
                offset.equals(KafkaTestClient.header(r, "dlt.original-offset"))
                    && partition.equals(KafkaTestClient.header(r, "dlt.original-partition"))), Duration.ofSeconds(30)).stream()
            .filter(r -> offset.equals(KafkaTestClient.header(r, "dlt.original-offset"))
                && partition.equals(KafkaTestClient.header(r, "dlt.original-partition")))
            .map(r -> KafkaTestClient.header(r, "dlt.reason")).findFirst().orElseThrow();
    }

    @Test
    void activeSponsoredPlacementsComeFirstByPriorityThenPopularityThenName() {
        JsonNode page = api.schools("?cip=51.0707").body();
        assertEquals(List.of("beta", "zeta", "gamma", "alpha", "delta"), order(page));
        JsonNode beta = page.at("/items/0");
        assertTrue(beta.get("sponsored").asBoolean());
        assertEquals("Sponsored", beta.get("disclosure").asText());
        assertEquals("SPONSORED_PRIORITY", beta.at("/rank/basis").asText());
        assertEquals(50, beta.at("/rank/priority").asInt());
        JsonNode alpha = page.at("/items/3");
        assertTrue(!alpha.get("sponsored").asBoolean(), "a campaign that ended yesterday ranks as organic");
        assertTrue(alpha.get("disclosure").isNull());
        assertEquals("POPULARITY", alpha.at("/rank/basis").asText());
        assertEquals(3, page.at("/items/2/rank/interactions30d").asInt(), "a duplicate event is counted once");
    }

    @Test
    void filtersCombineAndPagesCountTheWhole() {
        assertEquals(List.of("zeta", "gamma", "alpha"), order(api.schools("?cip=51.0707&delivery=ONLINE").body()));
        assertEquals(List.of("gamma", "alpha"), order(api.schools("?cip=51.0707&state=NC").body()));
        assertEquals(List.of("gamma"), order(api.schools("?cip=51.0707&credential=CERTIFICATE").body()));
        assertEquals(6, api.schools("?cip=51.0707&cip=51.0801").body().get("totalItems").asInt());
        assertEquals(List.of("assist"), order(api.schools("?cip=51.0801").body()));
        JsonNode second = api.schools("?cip=51.0707&page=2&size=2").body();
        assertEquals(List.of("gamma", "alpha"), order(second));
        assertEquals(5, second.get("totalItems").asInt());
        assertEquals(3, second.get("totalPages").asInt());
    }

    @Test
    void schoolsAreFoundByTheStartOfTheirNameOrCityWithinTheFilters() {
        assertEquals(List.of("gamma"), order(api.schools("?cip=51.0707&q=gamm").body()));
        assertEquals(order(api.schools("?cip=51.0707").body()),
            order(api.schools("?cip=51.0707&q=Springfield%20college").body()), "the city and the name, in rank order");
        assertEquals(List.of("assist"), order(api.schools("?q=russellville").body()), "without CIP codes too");
        assertEquals(List.of("gamma", "alpha"), order(api.schools("?cip=51.0707&q=college&state=NC").body()));
        assertEquals(List.of(), order(api.schools("?cip=51.0707&q=utica").body()));
        Answer bad = api.schools("?cip=51.0707&q=%26%26");
        assertEquals(400, bad.status());
        assertEquals("q", bad.body().at("/errors/0/field").asText());
    }

    @Test
    void badQueriesAre400NamingTheParameter() {
        Answer answer = api.schools("?cip=51-0707&state=ZZ&credential=PHD&delivery=MAIL&size=51&page=0");
        assertEquals(400, answer.status());
        List<String> fields = new ArrayList<>();
        answer.body().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertEquals(List.of("cip", "state", "credential", "delivery", "page", "size"), fields);
    }

    @Test
    void aQueryNamesAtMostTenCipCodes() {
        String ten = String.join(",", IntStream.range(0, 10).mapToObj(i -> "51.07" + (10 + i)).toList());
        assertEquals(200, api.schools("?cip=" + ten).status());
        Answer eleven = api.schools("?cip=" + ten + ",51.0799");
        assertEquals(400, eleven.status());
        assertEquals("cip", eleven.body().at("/errors/0/field").asText());
    }

    @Test
    void theSameInstitutionFromTwoPartnersIsOneInstitution() {
        String other = api.newPartner("second-partner");
        Answer answer = api.put(other, "z", PartnerApi.listing("z", "ZETA  college", "springfield", "NY", "51.0713",
            "BACHELOR", "CAMPUS", null));
        assertEquals(201, answer.status());
        JsonNode zeta = api.schools("?cip=51.0707&size=50").body();
        String first = item(zeta, "zeta").get("institutionId").asText();
        assertEquals(first, answer.body().get("institutionId").asText());
        assertEquals("second-partner", answer.body().at("/provenance/institution/partner").asText());

        Answer sameProgram = api.put(key, "z-same", PartnerApi.listing("z-same", "Zeta College", "Springfield", "NY",
            "51.0713", "BACHELOR", "ONLINE", null).replace("Health Information Technology", "health information technology"));
        assertEquals(answer.body().get("programId").asText(), sameProgram.body().get("programId").asText(),
            "two partners listing one program share it");
        Answer otherProgram = api.put(key, "z-other", PartnerApi.listing("z-other", "Zeta College", "Springfield", "NY",
            "51.0713", "MASTER", "ONLINE", null));
        assertTrue(!otherProgram.body().get("programId").asText().equals(sameProgram.body().get("programId").asText()),
            "another credential is another program");
    }

    private List<String> order(JsonNode page) {
        List<String> order = new ArrayList<>();
        page.get("items").forEach(i -> ids.forEach((name, id) -> {
            if (id.equals(i.get("listingId").asText())) {
                order.add(name);
            }
        }));
        return order;
    }

    private JsonNode item(JsonNode page, String name) {
        for (JsonNode i : page.get("items")) {
            if (ids.get(name).equals(i.get("listingId").asText())) {
                return i;
            }
        }
        throw new AssertionError(name + " not in " + page);
    }

    private JsonNode rank(JsonNode page, String name) {
        return item(page, name).get("rank");
    }
}
