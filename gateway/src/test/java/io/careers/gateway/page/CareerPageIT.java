package io.careers.gateway.page;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.careers.contracts.page.CareerPage;
import io.careers.gateway.GatewayApi;
import io.careers.gateway.GatewayApi.Answer;
import io.careers.gateway.StandIns;
import io.careers.gateway.cache.GatewayCaches;
import io.careers.testkit.Eventually;
import io.careers.testkit.OpenApiContract;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.careers.gateway.StandIns.articleJson;
import static io.careers.gateway.StandIns.salaryJson;
import static io.careers.gateway.StandIns.schoolsJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The page against stand-ins of the three backends on real sockets: every section OK, then each
 * backend down, slow, failing, silent or talking garbage. Each test uses codes of its own, so
 * caches of one test never serve another.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CareerPageIT implements TestPropertyProvider {
    private final StandIns standIns = new StandIns();

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    GatewayCaches caches;
    @Inject
    JsonMapper json;
    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        return standIns.gatewayProperties();
    }

    @AfterAll
    void close() {
        standIns.close();
    }

    /** Stubs a page whose three backends answer, with SOC code {@code 11-00NN} and CIP {@code 01.00NN}. */
    private String healthyPage(String slug, int n) {
        String soc = String.format("11-%04d", n);
        String cip = String.format("01.%04d", n);
        standIns.article(slug, articleJson(slug, "Medical Records Administration", List.of(soc), List.of(cip)));
        standIns.salary(List.of(soc), okJson(salaryJson(List.of(soc), 34_970)));
        standIns.schools(cip, okJson(schoolsJson(cip, "Mohawk Valley Community College")));
        return soc;
    }

    @Test
    void aPageWithEverySectionOk() {
        healthyPage("medical-records-administration", 1);
        Answer page = new GatewayApi(http).page("medical-records-administration");

        assertEquals(200, page.status(), String.valueOf(page.body()));
        JsonNode body = page.body();
        assertEquals("medical-records-administration", body.get("slug").asText());
        assertEquals("Medical Records Administration", body.get("article").get("title").asText());
        assertEquals("<p>As of May 2013, the median was $34,970.</p>\n", body.get("article").get("sections").get(0).get("html").asText());
        assertEquals("OEWS-2013-05", body.get("article").get("citations").get(0).get("releaseId").asText());
        JsonNode figure = body.get("article").get("figures").get(0);
        assertEquals("$34,970", figure.get("text").asText());
        assertEquals("OEWS-2013-05", figure.get("citation").get("releaseId").asText());
        assertTrue(body.get("article").get("figures").get(1).path("citation").isMissingNode()
            || body.get("article").get("figures").get(1).get("citation").isNull(), "a figure without data cites nothing");
        assertEquals("2026-02-01T10:00:00Z", body.get("article").get("updatedAt").asText());
        assertEquals("medical records", body.get("article").get("tags").get(0).asText());
        assertEquals("Medical Records Administration", body.get("seo").get("title").asText(), "the title when SEO has none");
        assertEquals("Salary and training for Medical Records Administration", body.get("seo").get("description").asText());
        assertEquals("/careers/medical-records-administration", body.get("seo").get("canonicalPath").asText());
        JsonNode jsonLd = body.get("seo").get("jsonLd");
        assertEquals("https://schema.org", jsonLd.get("@context").asText());
        assertEquals("http://localhost:8090/careers/medical-records-administration",
            jsonLd.get("@graph").get(0).get("mainEntityOfPage").asText());
        assertEquals(34970, jsonLd.get("@graph").get(1).get("estimatedSalary").get(0).get("median").asInt(), jsonLd.toString());
        assertTrue(jsonLd.get("@graph").get(1).get("estimatedSalary").get(0).get("median").isNumber(), jsonLd.toString());
        assertEquals("OK", page.sectionStatus("salary"));
        JsonNode occupation = body.get("salary").get("occupations").get(0);
        assertEquals(34970, occupation.get("annual").get("median").asInt());
        assertEquals(16.81, occupation.get("hourly").get("median").asDouble());
        assertEquals("TOP_CODED", occupation.get("footnotes").get("annual.p90").asText());
        assertEquals(22.0, occupation.get("projection").get("percentChange").asDouble());
        assertTrue(occupation.get("successors").isArray() && occupation.get("successors").isEmpty(), "a code still in use");
        assertEquals("OK", page.sectionStatus("schools"));
        assertEquals(2, body.get("schools").get("items").size());
        assertTrue(body.get("schools").get("items").get(0).get("sponsored").asBoolean());
        assertEquals("Sponsored", body.get("schools").get("items").get(0).get("disclosure").asText());
        assertEquals(2, body.get("schools").get("totalItems").asInt());
        assertEquals("medical-coder", body.get("relatedArticles").get(0).get("slug").asText());
        assertEquals("https://videos.example/me", body.get("relatedVideos").get(0).get("url").asText());
        assertEquals(0, body.get("meta").get("degraded").size());
        assertNotNull(page.etag());
        assertEquals("public, max-age=5, stale-while-revalidate=30, private=\"Impression-Token\"", page.cacheControl());
    }

    @Test
    void theAnswerReadsIntoThePageContractWithNothingLeftOver() throws Exception {
        healthyPage("health-records-contract", 40);
        Answer page = new GatewayApi(http).page("health-records-contract");
        assertEquals(200, page.status());

        // What a front end reads through contracts' CareerPage, written again, is the whole answer:
        // a field the gateway sends that the contract lacks (or names differently) would be missing.
        CareerPage read = json.readValue(page.body().toString(), CareerPage.class);
        JsonNode again = new ObjectMapper().readTree(json.writeValueAsString(read));
        assertEquals(page.body(), again);
    }

    /**
     * Producer-side contract test: the answers front ends get, successes and problems, are what the
     * gateway's own OpenAPI document promises (the document their TypeScript client is generated from).
     */
    @Test
    void everyAnswerKeepsThePublishedContract() {
        healthyPage("records-contract", 41);
        standIns.article("no-such-contract", StandIns.error500().withStatus(404).withBody("{\"status\": 404}"));
        OpenApiContract contract = OpenApiContract.of(server.getURI());
        OpenApiContract.Answer page = contract.get("/api/v1/pages/careers/records-contract");
        assertEquals(200, page.status());
        assertEquals(304, contract.call("GET", "/api/v1/pages/careers/records-contract",
            Map.of("If-None-Match", page.header("ETag")), null).status());
        assertEquals(200, contract.get("/api/v1/pages/careers/records-contract/schools?page=1&size=5").status());
        // Last-Modified: the article's live revision (revisedAt in the stand-in); a date alone never gets a 304.
        assertEquals("Sun, 01 Feb 2026 10:00:00 GMT", page.header("Last-Modified"));
        assertEquals(200, contract.call("GET", "/api/v1/pages/careers/records-contract",
            Map.of("If-Modified-Since", page.header("Last-Modified")), null).status());
        assertEquals(404, contract.get("/api/v1/pages/careers/no-such-contract").status());
        assertEquals(422, contract.get("/api/v1/pages/careers/records-contract?schoolsPage=0").status());
        assertEquals(422, contract.get("/api/v1/pages/careers/records-contract/schools?state=Nowhere").status());
        assertEquals(202, contract.call("POST", "/api/v1/interactions", Map.of(), "{\"type\": \"LISTING_VIEWED\", "
            + "\"listingId\": \"11111111-1111-4111-8111-111111111111\", \"slug\": \"records-contract\", "
            + "\"impression\": \"" + page.header("Impression-Token") + "\"}").status());
        assertEquals(422, contract.call("POST", "/api/v1/interactions", Map.of(), "{\"type\": \"LISTING_LIKED\"}").status());
        assertEquals(400, contract.call("POST", "/api/v1/interactions", Map.of(), "{not json").status());
    }

    @Test
    void theSalarySectionShowsTheReleaseTheArticleTextShows() {
        // salary-service has promoted May 2015; articles-service still renders May 2013 for a moment.
        String soc = "29-9071";
        standIns.article("release-agreement", articleJson("release-agreement", "Medical Records", List.of(soc, "11-0041"),
            List.of("01.0041")).replace("29-2071", soc));
        String current = salaryJson(List.of(soc, "11-0041"), 37_110).replace("OEWS-2013-05", "OEWS-2015-05")
            .replace("\"2013-05\"", "\"2015-05\"");
        standIns.salary(List.of(soc, "11-0041"), okJson(current));
        standIns.salaryOfRelease(List.of(soc), "OEWS-2013-05", okJson(salaryJson(List.of(soc), 34_970)));
        standIns.schools("01.0041", okJson(schoolsJson("01.0041", "Mohawk Valley Community College")));

        JsonNode page = new GatewayApi(http).page("release-agreement").body();

        JsonNode occupations = page.get("salary").get("occupations");
        assertEquals(soc, occupations.get(0).get("code").asText(), "in the article's order");
        assertEquals("OEWS-2013-05", occupations.get(0).get("releaseId").asText(), "the article's release: " + occupations);
        assertEquals(34970, occupations.get(0).get("annual").get("median").asInt());
        assertEquals("OEWS-2015-05", occupations.get(1).get("releaseId").asText(),
            "an occupation the text shows no figure of keeps the current release");
        assertEquals(0, page.get("meta").get("degraded").size());
        standIns.salary.verify(getRequestedFor(urlPathEqualTo("/api/v1/occupations"))
            .withQueryParam("codes", WireMock.equalTo(soc)).withQueryParam("release", WireMock.equalTo("OEWS-2013-05")));

        // articles-service applies May 2015: the next page has it, without waiting for the article's TTL
        // (this gateway saw no salary event: it may have started listening after it).
        standIns.article("release-agreement", articleJson("release-agreement", "Medical Records", List.of(soc, "11-0041"),
            List.of("01.0041")).replace("29-2071", soc).replace("OEWS-2013-05", "OEWS-2015-05")
            .replace("\"2013-05\"", "\"2015-05\""));
        caches.pages().invalidateAll(); // the whole page's own 5 s
        JsonNode caughtUp = new GatewayApi(http).page("release-agreement").body();
        assertEquals("OEWS-2015-05", caughtUp.at("/article/figures/0/citation/releaseId").asText(), caughtUp.toString());
        assertEquals("OEWS-2015-05", caughtUp.at("/salary/occupations/0/releaseId").asText());
    }

    @Test
    void aMatchingIfNoneMatchIs304() {
        healthyPage("health-information-technician", 2);
        GatewayApi api = new GatewayApi(http);
        // On a busy machine a cold backend may miss the deadline once (503): the ETag is that of a whole page.
        Answer[] whole = new Answer[1];
        Eventually.await("a whole page", Duration.ofSeconds(15), () -> {
            whole[0] = api.page("health-information-technician");
            return whole[0].status() == 200 && whole[0].etag() != null && whole[0].body().path("meta").path("degraded").isEmpty();
        });
        Answer first = whole[0];
        Answer again = api.send(HttpRequest.GET("/api/v1/pages/careers/health-information-technician")
            .header("If-None-Match", first.etag()));
        assertEquals(304, again.status());
        assertEquals(first.etag(), again.etag());
        assertNull(again.body());
        assertEquals(200, api.send(HttpRequest.GET("/api/v1/pages/careers/health-information-technician")
            .header("If-None-Match", "\"something-else\"")).status());
    }

    @Test
    void anUnknownSlugIs404AndRememberedBriefly() {
        standIns.article("no-such-career", StandIns.error500().withStatus(404).withBody("{\"status\": 404}"));
        GatewayApi api = new GatewayApi(http);
        Answer first = api.page("no-such-career");
        Answer second = api.page("no-such-career");
        assertEquals(404, first.status());
        assertEquals("application/problem+json", first.contentType());
        assertEquals(404, second.status());
        standIns.articles.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/articles/by-slug/no-such-career")));
        assertEquals(404, api.page("Not_A_Slug").status(), "an impossible slug is not even asked for");
    }

    @Test
    void salaryDownMakesItsSectionUnavailableAndThePage200() {
        String soc = healthyPage("salary-down", 3);
        standIns.salary(List.of(soc), StandIns.reset());
        Answer page = new GatewayApi(http).page("salary-down");
        assertEquals(200, page.status());
        assertEquals("UNAVAILABLE", page.sectionStatus("salary"));
        assertEquals(0, page.body().get("salary").get("occupations").size());
        assertTrue(page.body().get("salary").get("asOf").isNull());
        assertEquals("OK", page.sectionStatus("schools"));
        assertEquals(List.of("salary"), texts(page.body().get("meta").get("degraded")));
        assertEquals("public, max-age=1, private=\"Impression-Token\"", page.cacheControl());
    }

    @Test
    void aFailingBackendServesTheLastGoodCopyAsStale() {
        String soc = healthyPage("salary-stale", 4);
        GatewayApi api = new GatewayApi(http);
        assertEquals("OK", api.page("salary-stale").sectionStatus("salary"));
        standIns.salary(List.of(soc), StandIns.error500());
        // Let the section expire from the cache, as a new event would.
        salaryCacheExpires(soc);
        Answer page = api.page("salary-stale");
        assertEquals("STALE", page.sectionStatus("salary"));
        assertEquals(34970, page.body().get("salary").get("occupations").get(0).get("annual").get("median").asInt());
        assertFalse(page.body().get("salary").get("asOf").isNull());
        assertEquals(List.of("salary"), texts(page.body().get("meta").get("degraded")));
    }

    @Test
    void aSlowBackendCostsItsSectionOnlyAndTheTimeout() {
        String cip = String.format("01.%04d", 5);
        healthyPage("schools-slow", 5);
        standIns.schools(cip, StandIns.slow(schoolsJson(cip, "Slow College"), 3_000));
        Answer page = new GatewayApi(http).page("schools-slow");
        assertEquals(200, page.status());
        assertEquals("UNAVAILABLE", page.sectionStatus("schools"));
        assertEquals("OK", page.sectionStatus("salary"));
        // The 1 s deadline, not the backend's 3 s; the bound leaves room for a loaded machine.
        assertTrue(page.millis() < 2_500, "answered in " + page.millis() + " ms despite a 3 s backend");
    }

    @Test
    void garbageFromABackendNeverReachesThePage() {
        String cip = String.format("01.%04d", 6);
        String soc = healthyPage("schools-garbage", 6);
        standIns.schools(cip, StandIns.garbage());
        standIns.salary(List.of(soc), okJson("{\"occupations\": [{\"code\": \"<script>\", \"title\": 7}]}"));
        Answer page = new GatewayApi(http).page("schools-garbage");
        assertEquals(200, page.status());
        assertEquals("UNAVAILABLE", page.sectionStatus("schools"));
        assertEquals("UNAVAILABLE", page.sectionStatus("salary"));
        assertEquals(List.of("salary", "schools"), texts(page.body().get("meta").get("degraded")));
    }

    @Test
    void markupFromTheArticleBackendIsCleaned() {
        healthyPage("injected", 7);
        String soc = String.format("11-%04d", 7);
        String cip = String.format("01.%04d", 7);
        standIns.article("injected", articleJson("injected", "Injected", List.of(soc), List.of(cip))
            .replace("<p>As of May 2013, the median was $34,970.</p>\\n",
                "<p onclick=\\\"steal()\\\">Hi<script>alert(1)</script><a href=\\\"javascript:alert(2)\\\">x</a><img src=x onerror=alert(3)></p>")
            .replace("https://videos.example/me", "javascript:alert(4)"));
        Answer page = new GatewayApi(http).page("injected");
        String html = page.body().get("article").get("sections").get(0).get("html").asText();
        assertFalse(html.contains("script"), html);
        assertFalse(html.contains("onclick"), html);
        assertFalse(html.contains("javascript"), html);
        assertFalse(html.contains("onerror"), html);
        assertEquals(0, page.body().get("relatedVideos").size(), "a video with a javascript: URL is dropped");
    }

    @Test
    void articlesDownWithACachedCopyServesItElse503() {
        healthyPage("article-cached", 8);
        GatewayApi api = new GatewayApi(http);
        assertEquals(200, api.page("article-cached").status());
        standIns.article("article-cached", StandIns.reset());
        standIns.article("article-never-seen", StandIns.reset());
        articleCacheExpires();
        Answer cached = api.page("article-cached");
        assertEquals(200, cached.status());
        assertEquals(List.of("article"), texts(cached.body().get("meta").get("degraded")));
        Answer never = api.page("article-never-seen");
        assertEquals(503, never.status());
        assertEquals("1", never.retryAfter());
    }

    @Test
    void aBackendThatNeverAnswersCostsTheTimeout() {
        String soc = healthyPage("salary-silent", 9);
        standIns.salary(List.of(soc), StandIns.slow(salaryJson(List.of(soc), 1), 30_000));
        Answer page = new GatewayApi(http).page("salary-silent");
        assertEquals("UNAVAILABLE", page.sectionStatus("salary"));
        // The 1 s deadline, not the backend's 30 s; the bound leaves room for a loaded machine.
        assertTrue(page.millis() < 5_000, "answered in " + page.millis() + " ms");
    }

    @Test
    void theSchoolsSectionAloneForNextPage() {
        String cip = String.format("01.%04d", 10);
        healthyPage("schools-alone", 10);
        Answer section = new GatewayApi(http).send(HttpRequest.GET("/api/v1/pages/careers/schools-alone/schools?page=1&size=10&state=NY"));
        assertEquals(200, section.status(), String.valueOf(section.body()));
        assertEquals("OK", section.body().get("status").asText());
        assertEquals(cip, section.body().get("items").get(0).get("program").get("cipCode").asText());
        Answer invalid = new GatewayApi(http).send(HttpRequest.GET("/api/v1/pages/careers/schools-alone/schools?size=51&state=New+York"));
        assertEquals(422, invalid.status());
        assertEquals(2, invalid.body().get("errors").size());

        Answer named = new GatewayApi(http).send(HttpRequest.GET("/api/v1/pages/careers/schools-alone/schools?school=Mohawk%20Valley!"));
        assertEquals(200, named.status(), String.valueOf(named.body()));
        standIns.schools.verify(WireMock.getRequestedFor(WireMock.urlPathEqualTo("/api/v1/schools"))
            .withQueryParam("q", WireMock.equalTo("mohawk valley")));
        assertEquals("school", new GatewayApi(http).send(HttpRequest.GET("/api/v1/pages/careers/schools-alone/schools?school=%26%26"))
            .body().at("/errors/0/field").asText());
    }

    private void salaryCacheExpires(String soc) {
        caches.salary().invalidate(key -> key.contains(soc));
        caches.pages().invalidateAll();
    }

    private void articleCacheExpires() {
        caches.articles().invalidateAll();
        caches.pages().invalidateAll();
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    @Test
    void aPageRequestInATraceCallsEachBackendInTheSameTrace() {
        healthyPage("traced-career", 60);
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";

        var page = http.toBlocking().exchange(HttpRequest.GET("/api/v1/pages/careers/traced-career")
            .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01"), String.class);

        assertEquals(200, page.getStatus().getCode());
        for (var backend : List.of(standIns.articles, standIns.salary, standIns.schools)) {
            backend.verify(WireMock.getRequestedFor(WireMock.anyUrl())
                .withHeader("traceparent", WireMock.matching("00-" + traceId + "-[0-9a-f]{16}-01")));
        }
    }
}
