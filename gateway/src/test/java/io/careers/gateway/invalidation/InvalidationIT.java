package io.careers.gateway.invalidation;

import io.careers.contracts.Topics;
import io.careers.gateway.GatewayApi;
import io.careers.gateway.StandIns;
import io.careers.testkit.Eventually;
import io.careers.testkit.KafkaTestClient;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static io.careers.gateway.StandIns.articleJson;
import static io.careers.gateway.StandIns.salaryJson;
import static io.careers.gateway.StandIns.schoolsJson;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Two gateway instances, each with its own consumer group: an event on each of the four topics
 * changes the page on both within a second, although their caches would have kept the old data.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InvalidationIT {
    /** A bound on waiting, not a speed claim: how fast pages follow events is a benchmark's question. */
    private static final Duration WITHIN = Duration.ofSeconds(10);
    private final StandIns standIns = new StandIns();
    private final KafkaTestClient kafka = KafkaTestClient.forTests();
    private EmbeddedServer first;
    private EmbeddedServer second;
    private List<GatewayApi> gateways;

    @BeforeAll
    void start() {
        kafka.createTopics(List.of(Topics.ARTICLES, Topics.OCCUPATION_STATS, Topics.RELEASE_EVENTS, Topics.LISTINGS));
        Map<String, Object> properties = new HashMap<>(standIns.gatewayProperties());
        properties.put("micronaut.server.port", -1);
        first = ApplicationContext.run(EmbeddedServer.class, properties);
        second = ApplicationContext.run(EmbeddedServer.class, properties);
        gateways = List.of(new GatewayApi(HttpClient.create(first.getURL())), new GatewayApi(HttpClient.create(second.getURL())));
        awaitListening();
    }

    @AfterAll
    void stop() {
        second.close();
        first.close();
        standIns.close();
        kafka.close();
    }

    @Test
    void anArticleEventRefreshesTheArticleOnEveryInstance() {
        stubPage("article-event", 1, "Before", 30_000, "Before College");
        warm("article-event");
        standIns.article("article-event", articleJson("article-event", "After", List.of("14-0001"), List.of("03.0001")));
        kafka.send(Topics.ARTICLES, UUID.randomUUID().toString(), """
            {"eventId": "%s", "eventType": "ArticlePublished", "occurredAt": "%s", "schemaVersion": 1,
             "articleId": "6f1c2a5e-2d8b-4c1e-9a3f-1b2c3d4e5f60", "slug": "article-event", "previousSlugs": [], "title": "After",
             "summary": null, "category": "healthcare", "revision": 4, "publishedAt": "2026-01-05T10:00:00Z",
             "occupations": ["14-0001"], "programs": ["03.0001"]}
            """.formatted(UUID.randomUUID(), Instant.now()));
        awaitOnBoth("article-event", page -> page.body().get("article").get("title").asText(), "After");
    }

    @Test
    void anOccupationStatsEventRefreshesTheSalarySection() {
        stubPage("stats-event", 2, "Stats", 30_000, "College");
        warm("stats-event");
        standIns.salary(List.of("14-0002"), okJson(salaryJson(List.of("14-0002"), 31_000)));
        kafka.send(Topics.OCCUPATION_STATS, "14-0002", """
            {"eventId": "%s", "eventType": "OccupationStatsChanged", "occurredAt": "%s", "schemaVersion": 1,
             "occupation": {"code": "14-0002", "title": "Stats", "socVersion": "2018"}, "current": null, "history": [],
             "projection": null, "lineage": {"predecessors": [], "successors": []}}
            """.formatted(UUID.randomUUID(), Instant.now()));
        awaitOnBoth("stats-event", page -> page.body().get("salary").get("occupations").get(0).get("annual").get("median").asText(),
            "31000");
    }

    @Test
    void aReleasePromotionRefreshesEverySalarySection() {
        stubPage("release-event", 3, "Release", 30_000, "College");
        warm("release-event");
        standIns.salary(List.of("14-0003"), okJson(salaryJson(List.of("14-0003"), 32_000)));
        kafka.send(Topics.RELEASE_EVENTS, "OEWS-2014-05", """
            {"eventId": "%s", "eventType": "ReleasePromoted", "occurredAt": "%s", "schemaVersion": 1, "releaseId": "OEWS-2014-05",
             "referencePeriod": "2014-05", "survey": "OEWS", "estimateCount": 1, "previousReleaseId": "OEWS-2013-05",
             "previousReferencePeriod": "2013-05", "changedOccupations": []}
            """.formatted(UUID.randomUUID(), Instant.now()));
        awaitOnBoth("release-event", page -> page.body().get("salary").get("occupations").get(0).get("annual").get("median").asText(),
            "32000");
    }

    @Test
    void aListingEventRefreshesTheSchoolsSection() {
        stubPage("listing-event", 4, "Listing", 30_000, "Before College");
        warm("listing-event");
        standIns.schools("03.0004", okJson(schoolsJson("03.0004", "After College")));
        kafka.send(Topics.LISTINGS, "11111111-1111-4111-8111-111111111111", """
            {"eventId": "%s", "eventType": "ListingWithdrawn", "occurredAt": "%s", "schemaVersion": 1,
             "listingId": "11111111-1111-4111-8111-111111111111", "partnerId": "acme", "externalId": "x"}
            """.formatted(UUID.randomUUID(), Instant.now()));
        awaitOnBoth("listing-event", page -> page.body().get("schools").get("items").get(0).get("institution").get("name").asText(),
            "After College");
    }

    @Test
    void aListingEventDropsTheSchoolsOfItsCipCodeAndThoseThatShowItNotEveryOne() {
        stubPage("listing-scoped-a", 5, "Listing A", 30_000, "Before A");
        stubPage("listing-scoped-b", 6, "Listing B", 30_000, "Before B");
        warm("listing-scoped-a");
        warm("listing-scoped-b");
        standIns.schools("03.0005", okJson(schoolsJson("03.0005", "After A")));
        standIns.schools("03.0006", okJson(schoolsJson("03.0006", "After B")));
        kafka.send(Topics.LISTINGS, "33333333-3333-4333-8333-333333333333", """
            {"eventId": "%s", "eventType": "ListingWithdrawn", "occurredAt": "%s", "schemaVersion": 1,
             "listingId": "33333333-3333-4333-8333-333333333333", "partnerId": "acme", "externalId": "x", "cipCode": "03.0005"}
            """.formatted(UUID.randomUUID(), Instant.now()));
        awaitOnBoth("listing-scoped-a", page -> schoolName(page), "After A");
        // The same record was applied on both: B's code was not named and B shows none of its listings.
        gateways.forEach(g -> assertEquals("Before B", schoolName(g.page("listing-scoped-b")), "a write elsewhere keeps B's schools"));

        // A listing B shows moved to another code: B's entry goes, by the listing it shows.
        kafka.send(Topics.LISTINGS, "22222222-2222-4222-8222-222222222222", """
            {"eventId": "%s", "eventType": "ListingUpserted", "occurredAt": "%s", "schemaVersion": 1,
             "listingId": "22222222-2222-4222-8222-222222222222", "partnerId": "acme", "externalId": "y",
             "institutionId": "i2", "programId": "p2",
             "institution": {"name": "College of DuPage", "city": "Glen Ellyn", "state": "IL", "ownership": "PUBLIC", "website": null},
             "program": {"title": "HIT", "cipCode": "03.0077", "credential": "ASSOCIATE", "delivery": "HYBRID",
                         "accreditations": [], "annualTuitionUsd": null},
             "sponsorship": null, "version": 2}
            """.formatted(UUID.randomUUID(), Instant.now()));
        awaitOnBoth("listing-scoped-b", page -> schoolName(page), "After B");
    }

    private static String schoolName(GatewayApi.Answer page) {
        return page.body().get("schools").get("items").get(0).get("institution").get("name").asText();
    }

    private void stubPage(String slug, int n, String title, int median, String school) {
        String soc = String.format("14-%04d", n);
        String cip = String.format("03.%04d", n);
        standIns.article(slug, articleJson(slug, title, List.of(soc), List.of(cip)));
        standIns.salary(List.of(soc), okJson(salaryJson(List.of(soc), median)));
        standIns.schools(cip, okJson(schoolsJson(cip, school)));
    }

    /** Fills both instances' caches, so only an invalidation can show the new data. */
    private void warm(String slug) {
        gateways.forEach(g -> assertEquals(200, g.page(slug).status()));
    }

    private void awaitOnBoth(String slug, Function<GatewayApi.Answer, String> field, String expected) {
        for (GatewayApi gateway : gateways) {
            Eventually.await(slug + " shows " + expected, WITHIN, () -> expected.equals(field.apply(gateway.page(slug))));
        }
    }

    /** Consumers start at the latest offset: wait until both instances have partitions assigned and react. */
    private void awaitListening() {
        stubPage("probe", 99, "Probe", 1, "Probe College");
        warm("probe");
        standIns.article("probe", articleJson("probe", "Probe ready", List.of("14-0099"), List.of("03.0099")));
        Eventually.await("both instances consume", Duration.ofSeconds(60), () -> {
            kafka.send(Topics.ARTICLES, "probe", "{\"eventType\": \"ArticleUnpublished\", \"slug\": \"probe\"}");
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return gateways.stream().allMatch(g -> "Probe ready".equals(g.page("probe").body().get("article").get("title").asText()));
        });
    }
}
