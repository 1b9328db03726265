package io.careers.gateway.interaction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.careers.contracts.ContractSchemas;
import io.careers.contracts.EventSchema;
import io.careers.contracts.Topics;
import io.careers.contracts.id.IdentifierFormat;
import io.careers.gateway.GatewayApi;
import io.careers.gateway.GatewayApi.Answer;
import io.careers.gateway.StandIns;
import io.careers.gateway.impression.ImpressionSettings;
import io.careers.gateway.impression.ImpressionTokens;
import io.careers.testkit.KafkaTestClient;
import io.careers.testkit.OpenApiContract;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Interactions, the careers index, CORS and request size limits. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicApiIT implements TestPropertyProvider {
    private final StandIns standIns = new StandIns();
    private final KafkaTestClient kafka = KafkaTestClient.forTests();

    @Inject
    EmbeddedServer server;
    @Inject
    @Client("/")
    HttpClient http;

    @Override
    public Map<String, String> getProperties() {
        return standIns.gatewayProperties();
    }

    @AfterAll
    void close() {
        standIns.close();
        kafka.close();
    }

    /** A page of two listings ({@link StandIns#schoolsJson}), with the token its answer carries. */
    private Answer pageShowingSchools(String slug, int n) {
        String cip = String.format("02.%04d", n);
        standIns.article(slug, StandIns.articleJson(slug, "Health Records", List.of(), List.of(cip)));
        standIns.schools(cip, okJson(StandIns.schoolsJson(cip, "Mohawk Valley Community College")));
        Answer page = new GatewayApi(http).page(slug);
        assertEquals(200, page.status(), String.valueOf(page.body()));
        return page;
    }

    @Test
    void anInteractionIsPublishedAsAContractEventOncePerImpression() throws Exception {
        GatewayApi api = new GatewayApi(http);
        Answer page = pageShowingSchools("health-records-interactions", 1);
        String listingId = page.body().get("schools").get("items").get(1).get("listingId").asText();
        assertNotNull(page.impressionToken(), "an answer that shows schools carries a token for them");
        assertTrue(page.cacheControl().endsWith(", private=\"Impression-Token\""), "a shared cache keeps the page, not the token");

        assertEquals(202, api.interaction("LISTING_CLICKED", listingId, "health-records-interactions", page.impressionToken()).status());
        assertEquals(202, api.interaction("LISTING_CLICKED", listingId, "health-records-interactions", page.impressionToken()).status(),
            "sent again, it is the same event");
        Answer again = api.page("health-records-interactions");
        assertEquals(page.etag(), again.etag(), "the same page");
        assertNotEquals(page.impressionToken(), again.impressionToken(), "each answer has its own token");
        assertEquals(202, api.interaction("LISTING_CLICKED", listingId, "health-records-interactions", again.impressionToken()).status());

        List<ConsumerRecord<byte[], byte[]>> records = kafka.readUntil(Topics.INTERACTIONS,
            read -> read.stream().filter(r -> listingId.equals(KafkaTestClient.text(r.key()))).count() >= 3, Duration.ofSeconds(20));
        List<JsonNode> events = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> record : records) {
            if (listingId.equals(KafkaTestClient.text(record.key()))) {
                assertEquals("ListingClicked", KafkaTestClient.header(record, "eventType"));
                JsonNode event = new ObjectMapper().readTree(record.value());
                assertEquals(List.of(), ContractSchemas.validate(EventSchema.LISTING_CLICKED, event));
                assertEquals("health-records-interactions", event.get("slug").asText());
                events.add(event);
            }
        }
        assertEquals(3, events.size());
        assertEquals(events.get(0).get("eventId"), events.get(1).get("eventId"),
            "one click of one answer is one event id: schools-service's inbox counts it once");
        assertNotEquals(events.get(0).get("eventId"), events.get(2).get("eventId"), "another answer's click is another event");
    }

    @Test
    void aViewWithoutATokenTheGatewayIssuedForThatListingIs422AndNotPublished() throws Exception {
        GatewayApi api = new GatewayApi(http);
        Answer page = pageShowingSchools("health-records-refusals", 2);
        String shown = page.body().get("schools").get("items").get(0).get("listingId").asText();
        String notShown = UUID.randomUUID().toString();
        String token = page.impressionToken();
        // A token as another gateway (another secret) would sign it.
        String forged = new ImpressionTokens(new ImpressionSettings("x".repeat(32), Duration.ofHours(1)))
            .issue("health-records-refusals", List.of(notShown));

        Answer missing = api.send(HttpRequest.POST("/api/v1/interactions",
            "{\"type\": \"LISTING_VIEWED\", \"listingId\": \"" + notShown + "\", \"slug\": \"health-records-refusals\"}")
            .contentType(MediaType.APPLICATION_JSON_TYPE));
        assertEquals("impression: missing: send the Impression-Token header of the answer that showed the listing", errors(missing));
        assertEquals("impression: is not an impression token the gateway issued",
            errors(api.interaction("LISTING_VIEWED", notShown, "health-records-refusals", forged)));
        assertEquals("impression: does not list the listing " + notShown + ": that answer did not show it",
            errors(api.interaction("LISTING_VIEWED", notShown, "health-records-refusals", token)));
        assertEquals("impression: was issued for the page health-records-refusals, not medical-coder",
            errors(api.interaction("LISTING_VIEWED", shown, "medical-coder", token)));
        assertEquals("impression: is not an impression token the gateway issued",
            errors(api.interaction("LISTING_VIEWED", shown, "health-records-refusals", token.substring(0, token.length() - 2) + "AA")));

        // The barrier: a valid view sent after the refused ones arrives, and none of them came before it.
        Answer valid = api.interaction("LISTING_VIEWED", shown, "health-records-refusals", token);
        assertEquals(202, valid.status(), String.valueOf(valid.body()));
        List<ConsumerRecord<byte[], byte[]>> records = kafka.readUntil(Topics.INTERACTIONS, read -> read.stream()
            .anyMatch(r -> shown.equals(KafkaTestClient.text(r.key()))
                && "health-records-refusals".equals(slugOf(r))), Duration.ofSeconds(20));
        assertTrue(records.stream().noneMatch(r -> notShown.equals(KafkaTestClient.text(r.key()))), "no refused view was published");
        assertEquals(1, records.stream().filter(r -> "health-records-refusals".equals(slugOf(r))).count(),
            "only the valid view of that page");
    }

    private static String slugOf(ConsumerRecord<byte[], byte[]> record) {
        try {
            return new ObjectMapper().readTree(record.value()).path("slug").asText();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aBadInteractionIs422AndABigOne413() {
        GatewayApi api = new GatewayApi(http);
        Answer invalid = api.send(HttpRequest.POST("/api/v1/interactions",
            "{\"type\": \"LISTING_LIKED\", \"listingId\": \"<script>\", \"slug\": \"Not A Slug\", \"impression\": \"x\"}")
            .contentType(MediaType.APPLICATION_JSON_TYPE));
        assertEquals(422, invalid.status());
        assertEquals(3, invalid.body().get("errors").size());
        assertEquals("listingId: must be " + IdentifierFormat.LISTING_ID.description()
                + "; slug: must be " + IdentifierFormat.SLUG.description()
                + "; type: must be LISTING_VIEWED or LISTING_CLICKED",
            errors(invalid), "each field's rule, never the caller's text");
        Answer missing = api.send(HttpRequest.POST("/api/v1/interactions", "{}").contentType(MediaType.APPLICATION_JSON_TYPE));
        assertEquals(422, missing.status());
        assertEquals(4, missing.body().get("errors").size(), "absent fields are errors too: " + missing.body());
        Answer huge = api.send(HttpRequest.POST("/api/v1/interactions", "{\"type\": \"" + "x".repeat(20_000) + "\"}")
            .contentType(MediaType.APPLICATION_JSON_TYPE));
        assertEquals(413, huge.status());
        Answer notJson = api.send(HttpRequest.POST("/api/v1/interactions", "{\"type\": ").contentType(MediaType.APPLICATION_JSON_TYPE));
        assertEquals(400, notJson.status(), "as the OpenAPI document says");
        assertEquals("application/problem+json", notJson.contentType());
    }

    @Test
    void theCareersIndexComesFromArticlesService() {
        standIns.articles.stubFor(WireMock.get(urlPathEqualTo("/api/v1/articles")).willReturn(okJson("""
            {"items": [{"id": "6f1c2a5e-2d8b-4c1e-9a3f-1b2c3d4e5f60", "slug": "medical-records-administration",
                        "title": "Medical Records Administration", "summary": "Duties and pay.", "category": "healthcare",
                        "revision": 3, "publishedAt": "2026-01-05T10:00:00Z", "revisedAt": "2026-02-01T10:00:00Z"}],
             "page": 1, "size": 20, "totalItems": 1, "totalPages": 1}
            """)));
        Answer index = new GatewayApi(http).send(HttpRequest.GET("/api/v1/careers?category=healthcare"));
        assertEquals(200, index.status(), String.valueOf(index.body()));
        assertEquals("medical-records-administration", index.body().get("items").get(0).get("slug").asText());
        assertEquals(1, index.body().get("totalItems").asInt());
        assertEquals(422, new GatewayApi(http).send(HttpRequest.GET("/api/v1/careers?size=1000")).status());

        OpenApiContract contract = OpenApiContract.of(server.getURI());
        assertEquals(200, contract.get("/api/v1/careers?category=healthcare").status(), "as the OpenAPI document says");
        assertEquals(422, contract.get("/api/v1/careers?size=1000").status(), "as the OpenAPI document says");
    }

    @Test
    void searchGoesToArticlesServiceWithTheWordsAndItsSnippetsKeepOnlyTheMarks() {
        standIns.articles.stubFor(WireMock.get(urlPathEqualTo("/api/v1/articles/search"))
            .withQueryParam("q", WireMock.equalTo("medical records")).willReturn(okJson("""
            {"query": "medical records",
             "items": [{"slug": "medical-records-administration", "title": "Medical Records Administration",
                        "summary": "Duties and pay.", "category": "healthcare", "publishedAt": "2026-01-05T10:00:00Z",
                        "snippet": "Technicians keep <mark>medical</mark> <mark>records</mark><script>alert(1)</script> &amp; more"}],
             "page": 1, "size": 20, "totalItems": 1, "totalPages": 1}
            """)));
        GatewayApi api = new GatewayApi(http);
        Answer found = api.send(HttpRequest.GET("/api/v1/careers?q=Medical%20Records!"));
        assertEquals(200, found.status(), String.valueOf(found.body()));
        assertEquals("medical records", found.body().get("query").asText());
        JsonNode hit = found.body().get("items").get(0);
        assertEquals("medical-records-administration", hit.get("slug").asText());
        assertEquals("Technicians keep <mark>medical</mark> <mark>records</mark> &amp; more", hit.get("snippet").asText(),
            "the gateway keeps the marks and drops any other markup a backend sends");
        for (String bad : List.of("", "%26%26%26", "x".repeat(201))) {
            Answer refused = api.send(HttpRequest.GET("/api/v1/careers?q=" + bad));
            assertEquals(422, refused.status(), "q=" + bad);
            assertEquals("q", refused.body().get("errors").get(0).get("field").asText());
        }
        assertEquals(200, OpenApiContract.of(server.getURI()).get("/api/v1/careers?q=Medical%20Records!").status(),
            "as the OpenAPI document says");
    }

    @Test
    void theSitemapNamesEveryPublishedCareerPageOnTheWebSite() {
        standIns.articles.stubFor(WireMock.get(urlPathEqualTo("/api/v1/articles/locations")).willReturn(okJson("""
            {"locations": [{"slug": "medical-coder", "updatedAt": "2026-02-01T10:00:00Z"},
                           {"slug": "medical-records-administration", "updatedAt": "2026-01-05T10:00:00Z"}]}
            """)));
        HttpResponse<String> sitemap = http.toBlocking().exchange(HttpRequest.GET("/sitemap.xml"), String.class);
        assertEquals(200, sitemap.code());
        assertEquals(MediaType.APPLICATION_XML, sitemap.getContentType().orElseThrow().toString());
        String xml = sitemap.body();
        assertTrue(xml.contains("<loc>http://localhost:8090/careers/medical-records-administration</loc>"
            + "<lastmod>2026-01-05T10:00:00Z</lastmod>"), xml);
        assertEquals(2, xml.split("<url>", -1).length - 1, xml);
        assertEquals(200, OpenApiContract.of(server.getURI()).get("/sitemap.xml").status(), "as the OpenAPI document says");
    }

    @Test
    void corsAllowsTheConfiguredFrontEndOnly() {
        HttpResponse<?> allowed = preflight("http://localhost:3000");
        assertEquals(200, allowed.code());
        assertEquals("http://localhost:3000", allowed.getHeaders().get("Access-Control-Allow-Origin"));
        HttpResponse<?> other = preflight("http://localhost:4000");
        assertNull(other.getHeaders().get("Access-Control-Allow-Origin"), "an origin not configured gets no CORS approval");
    }

    private HttpResponse<?> preflight(String origin) {
        try {
            return http.toBlocking().exchange(HttpRequest.OPTIONS("/api/v1/pages/careers/x").header("Origin", origin)
                .header("Access-Control-Request-Method", "GET"));
        } catch (HttpClientResponseException e) {
            return e.getResponse();
        }
    }

    private static String errors(Answer answer) {
        List<String> errors = new ArrayList<>();
        answer.body().get("errors").forEach(e -> errors.add(e.get("field").asText() + ": " + e.get("message").asText()));
        return String.join("; ", errors);
    }
}
