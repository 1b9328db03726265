package io.careers.web;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.careers.contracts.page.CareerPage;
import io.careers.contracts.page.CareerSummary;
import io.careers.contracts.page.CareersPage;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The site against a stand-in gateway on a real socket, answering with the page contract's own
 * records serialised: what a visitor's browser receives, parsed as HTML.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CareerSiteIT implements TestPropertyProvider {
    private static final String CLIENT_KEY = "test-client-key";
    private final WireMockServer gateway = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    private final HttpClient browser = HttpClient.newHttpClient();

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    @Override
    public Map<String, String> getProperties() {
        gateway.start();
        return Map.of("micronaut.http.services.gateway.urls", gateway.baseUrl(), "web.gateway.client-key", CLIENT_KEY);
    }

    @AfterAll
    void close() {
        gateway.stop();
    }

    @BeforeEach
    void reset() {
        gateway.resetAll();
    }

    private void stubPage(String slug, CareerPage page) throws IOException {
        gateway.stubFor(WireMock.get(urlPathEqualTo("/api/v1/pages/careers/" + slug))
            .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(json.writeValueAsString(page))));
    }

    private HttpResponse<String> visit(String path) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + path))
            .timeout(Duration.ofSeconds(10)).build(),
            HttpResponse.BodyHandlers.ofString());
    }

    private Document html(HttpResponse<String> response) {
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"),
            response.headers().toString());
        return Jsoup.parse(response.body());
    }

    @Test
    void aCareerPageShowsTheArticleFiguresAndSponsoredSchools() throws Exception {
        stubPage("medical-records-administration", PageFixtures.page("medical-records-administration",
            "Medical Records Administration"));

        HttpResponse<String> response = visit("/careers/medical-records-administration");

        assertEquals(200, response.statusCode(), response.body());
        Document page = html(response);
        assertEquals("Medical Records Administration", page.selectFirst("main h1").text());
        assertEquals("/careers/medical-records-administration", page.selectFirst("link[rel=canonical]").attr("href"));
        assertTrue(page.selectFirst("article").text().contains("the median annual wage was $34,970"));
        assertTrue(page.selectFirst(".sources").text().contains("$34,970: BLS OEWS, May 2013 (release OEWS-2013-05)"),
            page.selectFirst(".sources").text());
        Element wages = page.selectFirst("table.wages");
        assertTrue(wages.selectFirst("caption").text().contains("BLS OEWS, May 2013: 182,370 jobs"), wages.text());
        assertEquals("Median $16.81 $34,970", wages.select("tbody tr").get(2).text());
        assertEquals("90th percentile $100.00 or more $208,000 or more",
            wages.select("tbody tr").get(4).text(), "a top-coded measure is never shown as a number");
        assertTrue(page.selectFirst("#salary .successors").text().startsWith("SOC 2018 replaced this code with 29-2072"),
            page.selectFirst("#salary").text());
        assertEquals(2, page.select("#salary svg[role=img]").size(), "a chart of wages and one of growth");
        List<Element> schools = page.select("li.school");
        assertEquals(2, schools.size());
        assertEquals("Sponsored", schools.get(0).selectFirst(".disclosure").text());
        assertTrue(schools.get(1).select(".disclosure").isEmpty(), "an unsponsored school carries no label");
        assertEquals("/careers/medical-records-administration?schoolsPage=2#schools",
            page.selectFirst("nav.pager a[rel=next]").attr("href"));
        assertTrue(page.select(".notice").isEmpty(), "a whole page has no notice");
        assertEquals("/careers/medical-coder", page.selectFirst("aside.related a").attr("href"));
        gateway.verify(getRequestedFor(urlPathEqualTo("/api/v1/pages/careers/medical-records-administration"))
            .withQueryParam("schoolsPage", equalTo("1")).withHeader("X-Client-Key", equalTo(CLIENT_KEY)));
    }

    @Test
    void textFromThePayloadIsEscapedAndTheJsonLdCannotEndItsScript() throws Exception {
        String title = "Coders </script><script>alert(1)</script>";
        stubPage("coders", PageFixtures.page("coders", title));

        HttpResponse<String> response = visit("/careers/coders");

        assertEquals(200, response.statusCode());
        assertFalse(response.body().contains("<script>alert(1)"), "text is escaped wherever it is written");
        Document page = html(response);
        assertEquals(1, page.select("script").size(), "only the JSON-LD script: " + page.select("script"));
        String jsonLd = page.selectFirst("script[type=application/ld+json]").data();
        assertTrue(jsonLd.contains("\\u003c/script>"), jsonLd);
        assertEquals(title, json.readValue(jsonLd, Map.class).get("headline"), "the JSON-LD still says the title");
    }

    @Test
    void theSchoolsPageAskedForIsTheOneAskedOfTheGateway() throws Exception {
        stubPage("medical-records-administration", PageFixtures.page("medical-records-administration", "Medical Records"));

        assertEquals(200, visit("/careers/medical-records-administration?schoolsPage=2").statusCode());

        gateway.verify(getRequestedFor(urlPathEqualTo("/api/v1/pages/careers/medical-records-administration"))
            .withQueryParam("schoolsPage", equalTo("2")));
    }

    @Test
    void aDegradedSectionIsAnnouncedNotHidden() throws Exception {
        stubPage("medical-records-administration", PageFixtures.withoutSchools(
            PageFixtures.page("medical-records-administration", "Medical Records Administration")));

        Document page = html(visit("/careers/medical-records-administration"));

        assertTrue(page.selectFirst(".notice[role=status]").text().contains("Popular Schools are unavailable just now"));
        assertTrue(page.selectFirst("#schools").text().contains("No schools to show just now"));
        assertTrue(page.selectFirst("article").text().contains("$34,970"), "the rest of the page is there");
    }

    @Test
    void anOldSlugRedirectsToTheCurrentOne() throws Exception {
        stubPage("health-records", PageFixtures.page("medical-records-administration", "Medical Records"));

        HttpResponse<String> response = visit("/careers/health-records");

        assertEquals(301, response.statusCode());
        assertEquals("/careers/medical-records-administration", response.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void unknownPagesAreNotFoundPages() throws Exception {
        gateway.stubFor(WireMock.get(urlPathEqualTo("/api/v1/pages/careers/no-such-career"))
            .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json").withBody("{}")));

        assertEquals(404, visit("/careers/no-such-career").statusCode());
        HttpResponse<String> badSlug = visit("/careers/Not%20A%20Slug");
        assertEquals(404, badSlug.statusCode());
        assertEquals("Page not found", html(badSlug).selectFirst("h1").text());
        assertEquals(404, visit("/careers/medical-records-administration?schoolsPage=x").statusCode());
        assertEquals(404, visit("/no/such/address").statusCode());
        assertEquals("Page not found", html(visit("/no/such/address")).selectFirst("h1").text());
        gateway.verify(0, getRequestedFor(urlPathEqualTo("/api/v1/pages/careers/Not%20A%20Slug")));
    }

    @Test
    void aGatewayOutageIsAPageThatSaysComeBack() throws Exception {
        gateway.stubFor(WireMock.get(urlPathEqualTo("/api/v1/pages/careers/medical-records-administration"))
            .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "1")));

        HttpResponse<String> response = visit("/careers/medical-records-administration");

        assertEquals(503, response.statusCode());
        assertEquals("5", response.headers().firstValue("Retry-After").orElseThrow());
        assertEquals("Back in a moment", html(response).selectFirst("h1").text());
    }

    @Test
    void searchShowsTheMatchingPassages() throws Exception {
        CareersPage results = new CareersPage("medical records", List.of(new CareerSummary("medical-records-administration",
            "Medical Records Administration", "Keep records.", "healthcare", Instant.parse("2026-01-05T10:00:00Z"),
            "… keep <mark>medical</mark> <mark>records</mark> accurate …")), 1, 20, 1, 1);
        gateway.stubFor(WireMock.get(urlPathEqualTo("/api/v1/careers")).withQueryParam("q", equalTo("medical records"))
            .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(json.writeValueAsString(results))));

        Document page = html(visit("/careers?q=medical+records"));

        assertEquals("Careers matching “medical records”", page.selectFirst("main h1").text());
        Element first = page.selectFirst("ol.careers-list li");
        assertEquals("/careers/medical-records-administration", first.selectFirst("a").attr("href"));
        assertEquals(2, first.select(".snippet mark").size());
        assertEquals("medical records", page.selectFirst("#careers-search").val(), "the words stay in the box");
    }

    @Test
    void theHomePageIsTheIndex() throws Exception {
        HttpResponse<String> response = visit("/");

        assertEquals(303, response.statusCode());
        assertEquals("/careers", response.headers().firstValue("Location").orElseThrow());
        assertEquals(200, visit("/assets/site.css").statusCode());
    }
}
