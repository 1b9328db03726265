package io.careers.gateway;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * Controllable stand-ins for articles-, salary- and schools-service on real sockets (WireMock):
 * the contract's answers, and each failure mode: delay, connection reset, 500, garbage, silence.
 */
public final class StandIns implements AutoCloseable {
    public final WireMockServer articles = start();
    public final WireMockServer salary = start();
    public final WireMockServer schools = start();

    private static WireMockServer start() {
        return standIn(0);
    }

    /**
     * @param port a fixed port, or 0 for any free one
     * @return a started stand-in that answers the gateway's liveness checks, as a service does
     */
    public static WireMockServer standIn(int port) {
        WireMockServer server = new WireMockServer(options().port(port).containerThreads(40).asynchronousResponseEnabled(true));
        server.start();
        server.stubFor(get(urlPathEqualTo("/health/liveness")).willReturn(okJson("{\"status\": \"UP\"}")));
        return server;
    }

    /**
     * @return gateway properties pointing at the stand-ins and the test broker. Backend timeouts stay within the 1 s
     *     deadline yet leave room for a cold JVM on a loaded machine: 300 ms made first calls time out now and then.
     */
    public Map<String, String> gatewayProperties() {
        Map<String, String> properties = new HashMap<>();
        properties.put("micronaut.http.services.articles.urls", articles.baseUrl());
        properties.put("micronaut.http.services.salary.urls", salary.baseUrl());
        properties.put("micronaut.http.services.schools.urls", schools.baseUrl());
        for (String backend : List.of("articles", "salary", "schools")) {
            properties.put("gateway.backends." + backend + ".timeout", "800ms");
            properties.put("gateway.backends." + backend + ".failure-threshold", "3");
            properties.put("gateway.backends." + backend + ".open-for", "1s");
        }
        properties.put("gateway.rate-limit.enabled", "false");
        properties.putAll(io.careers.testkit.TestInfrastructure.kafkaProperties("gateway"));
        return properties;
    }

    public void article(String slug, String body) {
        articles.stubFor(get(urlPathEqualTo("/api/v1/articles/by-slug/" + slug)).willReturn(okJson(body)));
    }

    public void article(String slug, ResponseDefinitionBuilder response) {
        articles.stubFor(get(urlPathEqualTo("/api/v1/articles/by-slug/" + slug)).willReturn(response));
    }

    public void salary(List<String> codes, ResponseDefinitionBuilder response) {
        salary.stubFor(get(urlPathEqualTo("/api/v1/occupations"))
            .withQueryParam("codes", equalTo(String.join(",", codes.stream().sorted().toList()))).willReturn(response));
    }

    /** salary-service's answer for the codes asked as of a release ({@code release=}). */
    public void salaryOfRelease(List<String> codes, String release, ResponseDefinitionBuilder response) {
        salary.stubFor(get(urlPathEqualTo("/api/v1/occupations"))
            .withQueryParam("codes", equalTo(String.join(",", codes.stream().sorted().toList())))
            .withQueryParam("release", equalTo(release)).willReturn(response));
    }

    public void schools(String cip, ResponseDefinitionBuilder response) {
        schools.stubFor(get(urlPathEqualTo("/api/v1/schools")).withQueryParam("cip", equalTo(cip)).willReturn(response));
    }

    public static ResponseDefinitionBuilder reset() {
        return aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER);
    }

    public static ResponseDefinitionBuilder slow(String body, int millis) {
        return okJson(body).withFixedDelay(millis);
    }

    public static ResponseDefinitionBuilder error500() {
        return aResponse().withStatus(500).withHeader("Content-Type", "application/json").withBody("{\"status\": 500}");
    }

    public static ResponseDefinitionBuilder garbage() {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("{\"items\": [tru");
    }

    /** An article of the contract's shape. */
    public static String articleJson(String slug, String title, List<String> occupations, List<String> programs) {
        return """
            {"id": "6f1c2a5e-2d8b-4c1e-9a3f-1b2c3d4e5f60", "slug": "%s", "title": "%s", "summary": "Job duties and pay.",
             "category": "healthcare", "tags": ["medical records"], "sections": [{"heading": "Employment and Salary Information",
             "html": "<p>As of May 2013, the median was $34,970.</p>\\n"}],
             "citations": [{"source": "BLS OEWS", "releaseId": "OEWS-2013-05", "referencePeriod": "2013-05"}],
             "figures": [{"token": "{{wage:29-2071:annual.median}}", "text": "$34,970",
                          "citation": {"source": "BLS OEWS", "releaseId": "OEWS-2013-05", "referencePeriod": "2013-05"}},
                         {"token": "{{employment:11-1111}}", "text": "not available", "citation": null}],
             "occupations": %s, "programs": %s,
             "relatedArticles": [{"id": "7f1c2a5e-2d8b-4c1e-9a3f-1b2c3d4e5f60", "slug": "medical-coder", "title": "Medical Coder"}],
             "videos": [{"title": "What Does a Medical Examiner Do?", "description": "A day at work.", "url": "https://videos.example/me"}],
             "seo": {"title": null, "description": "Salary and training for %s"}, "status": "PUBLISHED", "revision": 3,
             "publishedAt": "2026-01-05T10:00:00Z", "revisedAt": "2026-02-01T10:00:00Z"}
            """.formatted(slug, title, json(occupations), json(programs), title);
    }

    /** What replaced 29-2071 in SOC 2018, as salary-service names it from the crosswalk. */
    private static final String SPLIT_IN_SOC_2018 = """
        [{"code": "29-2072", "title": "Medical Records Specialists", "socVersion": "2018"},
         {"code": "29-9021", "title": "Health Information Technologists and Medical Registrars", "socVersion": "2018"}]""";

    /** salary-service's answer for occupations, each with this median annual wage; 29-2071 names its successors. */
    public static String salaryJson(List<String> codes, int annualMedian) {
        return "{\"occupations\": [" + codes.stream().map(code -> """
            {"code": "%s", "title": "Medical Records and Health Information Technicians", "socVersion": "2010",
             "current": {"releaseId": "OEWS-2013-05", "referencePeriod": "2013-05", "employment": 182370,
                         "hourly": {"mean": 17.91, "p10": null, "p25": null, "median": 16.81, "p75": null, "p90": null},
                         "annual": {"mean": 37250, "p10": null, "p25": null, "median": %d, "p75": null, "p90": null},
                         "footnotes": {"annual.p90": "TOP_CODED"}},
             "projection": {"period": "2012-2022", "baseYear": 2012, "targetYear": 2022, "baseEmployment": 186300,
                            "projectedEmployment": 227300, "percentChange": 22.0, "annualOpenings": 14900, "typicalEntryEducation": null},
             "lineage": {"predecessors": [], "successors": %s}}
            """.formatted(code, annualMedian, "29-2071".equals(code) ? SPLIT_IN_SOC_2018 : "[]"))
            .collect(Collectors.joining(",")) + "], \"missing\": []}";
    }

    /** schools-service's answer: one sponsored and one organic entry. */
    public static String schoolsJson(String cip, String firstName) {
        return """
            {"items": [
              {"listingId": "11111111-1111-4111-8111-111111111111", "institutionId": "i1", "programId": "p1",
               "institution": {"name": "%s", "city": "Utica", "state": "NY", "ownership": "PUBLIC", "website": "https://www.mvcc.edu"},
               "program": {"title": "Health Information Technology", "cipCode": "%s", "credential": "ASSOCIATE", "delivery": "ONLINE",
                           "accreditations": ["CAHIIM"], "annualTuitionUsd": 4890},
               "sponsored": true, "disclosure": "Sponsored", "rank": {"basis": "SPONSORED_PRIORITY", "priority": 10, "interactions30d": 0}},
              {"listingId": "22222222-2222-4222-8222-222222222222", "institutionId": "i2", "programId": "p2",
               "institution": {"name": "College of DuPage", "city": "Glen Ellyn", "state": "IL", "ownership": "PUBLIC", "website": null},
               "program": {"title": "Health Information Technology", "cipCode": "%s", "credential": "ASSOCIATE", "delivery": "HYBRID",
                           "accreditations": [], "annualTuitionUsd": null},
               "sponsored": false, "disclosure": null, "rank": {"basis": "POPULARITY", "priority": null, "interactions30d": 12}}],
             "page": 1, "size": 10, "totalItems": 2, "totalPages": 1}
            """.formatted(firstName, cip, cip);
    }

    private static String json(List<String> values) {
        return values.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(",", "[", "]"));
    }

    @Override
    public void close() {
        articles.stop();
        salary.stop();
        schools.stop();
    }
}
