package io.careers.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.careers.bench.SyntheticRelease;
import io.careers.contracts.ContractJson;
import io.careers.contracts.Topics;
import io.careers.contracts.auth.AccessTokens;
import io.careers.contracts.salary.ReleaseCompletion;
import io.careers.contracts.salary.WageEstimate;
import io.careers.e2e.Platform;
import io.careers.e2e.Web;
import io.careers.testkit.Eventually;
import io.careers.testkit.KafkaTestClient;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Two of everything ({@code ./platform up -d --scale 2}): the instances of a service share its
 * consumer group's partitions, scheduled publishing fires once, each gateway sees every
 * invalidation, and an instance of each service killed with {@code kill -9} while two run costs
 * no page, no estimate and no listing. Counted in {@code target/scale-out-ledger.md}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScaleOutIT {
    private static final String SLUG = "medical-records-administration";
    private static final List<String> SERVICES = List.of("salary-service", "schools-service", "articles-service");
    private static final String ARTICLES_1 = "http://localhost:" + Platform.ARTICLES;
    private static final String ARTICLES_2 = "http://localhost:" + Platform.port(Platform.ARTICLES, 2);
    private static final String SALARY_2 = "http://localhost:" + Platform.port(Platform.SALARY, 2);
    private static final String SCHOOLS_1 = "http://localhost:" + Platform.SCHOOLS;
    private static final String SCHOOLS_2 = "http://localhost:" + Platform.port(Platform.SCHOOLS, 2);
    private static final List<String> GATEWAYS = List.of("http://localhost:" + Platform.GATEWAY,
        "http://localhost:" + Platform.port(Platform.GATEWAY, 2));
    private static final Duration RECOVERY_LIMIT = Duration.ofSeconds(120);
    private final Platform platform = new Platform();
    private final Web web = new Web();
    private final Ledger ledger = new Ledger();
    private KafkaTestClient kafka;
    private String editor;

    @BeforeAll
    void up() throws Exception {
        platform.run("down");
        platform.wipe();
        platform.run("up", "-d", "--scale", "2");
        kafka = new KafkaTestClient(platform.kafka());
        editor = "Bearer " + AccessTokens.issue(platform.jwtSecret, "faults", List.of("EDITOR"), Duration.ofHours(1));
        for (String gateway : GATEWAYS) {
            Eventually.await("a whole page from " + gateway, Duration.ofSeconds(60), () -> whole(web.get(gateway + page(SLUG))));
        }
    }

    @AfterAll
    void down() throws Exception {
        ledger.write(Path.of("target/scale-out-ledger.md"));
        if (kafka != null) {
            kafka.close();
        }
        platform.run("down");
    }

    @Test
    @Order(1)
    void theInstancesOfEachServiceSharePartitions() {
        for (String service : SERVICES) {
            Duration took = Eventually.await(service + "'s two instances both hold partitions", RECOVERY_LIMIT, () -> {
                Map<String, Set<TopicPartition>> members = kafka.assignments(service);
                return holdsPartitions(members, service + "-1-") && holdsPartitions(members, service + "-2-");
            });
            ledger.add(new Ledger.Entry(service + ": two instances in one consumer group", 0, 0, 0, took,
                "members and partitions: " + summary(kafka.assignments(service))));
        }
    }

    @Test
    @Order(2)
    void scheduledPublishesFireOnceAndBothGatewaysSeeTheChange() throws Exception {
        // Ten articles fall due at the same moment: both articles-service instances run the scheduler.
        Instant due = Instant.now().plusSeconds(3);
        Map<String, String> slugs = new HashMap<>();
        for (int i = 0; i < 10; i++) {
            String title = "Scale Out Check " + i + " " + System.nanoTime();
            JsonNode created = web.post(ARTICLES_1 + "/api/v1/articles", article(title), Map.of("Authorization", editor)).body();
            String id = created.path("id").asText();
            Web.Answer planned = web.post((i % 2 == 0 ? ARTICLES_1 : ARTICLES_2) + "/api/v1/articles/" + id + "/publish",
                "{\"publishAt\": \"" + due + "\", \"revision\": 1}", Map.of("Authorization", editor));
            assertEquals(200, planned.status(), String.valueOf(planned.body()));
            slugs.put(id, created.path("slug").asText());
        }
        List<ConsumerRecord<byte[], byte[]>> events = kafka.readUntil(Topics.ARTICLES,
            read -> publishedRevisions(read, slugs.keySet()).size() >= slugs.size(), RECOVERY_LIMIT);
        Duration fired = Duration.between(due, Instant.now());
        assertEquals(slugs.size(), publishedRevisions(events, slugs.keySet()).size(), "every planned publish fired");
        List<ConsumerRecord<byte[], byte[]>> settled = kafka.readAll(Topics.ARTICLES, Duration.ofSeconds(3));
        List<String> published = publishedRevisions(settled, slugs.keySet());
        assertEquals(slugs.size(), published.size(), "each fired once, by one of the two instances: " + published);

        // Both gateways cache the article, then an edit is published: each gateway must drop its copy.
        String id = slugs.keySet().iterator().next();
        String slug = slugs.get(id);
        for (String gateway : GATEWAYS) {
            Eventually.await(gateway + " shows the article", Duration.ofSeconds(30), () -> web.get(gateway + page(slug)).status() == 200);
        }
        String retitled = "Scale Out Retitled " + System.nanoTime();
        Web.Answer updated = web.put(ARTICLES_2 + "/api/v1/articles/" + id, article(retitled), Map.of("Authorization", editor, "If-Match", "\"1\""));
        assertEquals(200, updated.status(), String.valueOf(updated.body()));
        long editedAt = System.nanoTime();
        assertEquals(200, web.post(ARTICLES_2 + "/api/v1/articles/" + id + "/publish",
            "{\"revision\": " + updated.body().path("revision").asInt() + "}", Map.of("Authorization", editor)).status());
        // Within the article cache's 60 s lifetime: only the invalidation event can make a gateway show the change.
        for (String gateway : GATEWAYS) {
            Eventually.await(gateway + " shows the new title", Duration.ofSeconds(20), () -> retitled.equals(title(web.get(gateway + page(slug)))));
        }
        Duration seen = Duration.ofNanos(System.nanoTime() - editedAt);
        ledger.add(new Ledger.Entry("scheduled publishing with two articles-service instances", slugs.size(), published.size(),
            published.size() - new HashSet<>(published).size(), fired,
            "10 articles due at once, each published once; an edit reached both gateways " + seen.toMillis() + " ms after it was saved"));
    }

    @Test
    @Order(3)
    void anInstanceOfEachServiceKilledWhileTwoRunCostsNoPageNoEstimateNoListing() throws Exception {
        String releaseId = "OEWS-2011-05-SCALE-" + System.currentTimeMillis();
        List<WageEstimate> estimates = SyntheticRelease.estimates(releaseId, "2011-05", 830, 25);
        PartnerFeed partner = new PartnerFeed(SCHOOLS_1, SCHOOLS_2, platform.jwtSecret);
        PageWatch pages = new PageWatch(GATEWAYS.get(1) + page(SLUG) + "?state=NC");
        CompletableFuture<Void> watching = CompletableFuture.runAsync(pages);
        CompletableFuture<Integer> feed = CompletableFuture.supplyAsync(() -> partner.send(5, 2_000));

        kafka.send(Topics.RELEASES, releaseId, SyntheticRelease.json(ReleaseCompletion.whole(releaseId, "2011-05", estimates.size())), Map.of());
        kafka.sendAll(Topics.WAGE_ESTIMATES, estimates.stream()
            .map(e -> new KafkaTestClient.Outgoing(e.key(), SyntheticRelease.json(e))).toList());
        Eventually.await("part of the release is stored", Duration.ofSeconds(60), () -> received(releaseId) > 0);
        Eventually.await("part of the partner feed is stored", Duration.ofSeconds(60), () -> partner.stored() > 0);
        long killedAt = System.nanoTime();
        for (String component : List.of("salary-service", "schools-service", "articles-service", "gateway")) {
            Platform.signal("KILL", platform.servicePid(component));
        }
        // Read once the killed instance can commit nothing more.
        long atKill = received(releaseId);
        Eventually.await("estimates are stored again", RECOVERY_LIMIT, () -> received(releaseId) > atKill
            || !"PENDING".equals(release(releaseId).path("status").asText("PENDING")));
        Duration resumed = Duration.ofNanos(System.nanoTime() - killedAt);
        int retriedBatches = feed.get();
        Eventually.await("the release is promoted", Duration.ofSeconds(180),
            () -> !"PENDING".equals(release(releaseId).path("status").asText("PENDING")));
        Duration promoted = Duration.ofNanos(System.nanoTime() - killedAt);
        for (String component : List.of("salary-service", "schools-service", "articles-service", "gateway")) {
            String url = "http://localhost:" + switch (component) {
                case "salary-service" -> Platform.SALARY;
                case "schools-service" -> Platform.SCHOOLS;
                case "articles-service" -> Platform.ARTICLES;
                default -> Platform.GATEWAY;
            };
            Eventually.await(component + " is back", RECOVERY_LIMIT, () -> web.get(url + "/health").status() == 200);
        }
        Duration allBack = Duration.ofNanos(System.nanoTime() - killedAt);
        pages.stop();
        watching.get();

        JsonNode release = release(releaseId);
        assertEquals(estimates.size(), release.path("received").asLong(), "every estimate stored once: " + release);
        assertEquals(10_000, partner.stored(), "every listing of the feed stored once");
        Set<String> listingIds = partner.listingIds();
        List<String> upserts = kafka.readUntil(Topics.LISTINGS,
            read -> read.stream().map(r -> KafkaTestClient.text(r.key())).filter(listingIds::contains).distinct().count() >= listingIds.size(),
            RECOVERY_LIMIT).stream().map(r -> KafkaTestClient.text(r.key())).filter(listingIds::contains).toList();
        assertEquals(listingIds, new HashSet<>(upserts), "every stored listing was announced");
        assertEquals(0, pages.failed(), "pages answered from the surviving gateway: " + pages);
        ledger.add(new Ledger.Entry("kill -9 of instance 1 of each service while two run", estimates.size() + 10_000L,
            release.path("received").asLong() + partner.stored(), 0, resumed, String.format(
                "estimates stored again %.1f s after the kill (%,d of %,d stored at the kill), the release promoted once with the exact "
                    + "count %.1f s after it; 10,000 partner listings (%d batch(es) retried on the other instance), %d announcements "
                    + "for them; %d pages from gateway-2, %d not 200, %d with a section not OK; the killed instances healthy again "
                    + "%.1f s after the kill (four JVMs starting at once beside six running, on two cores)",
                resumed.toMillis() / 1000.0, atKill, estimates.size(), promoted.toMillis() / 1000.0, retriedBatches, upserts.size(),
                pages.total(), pages.failed(), pages.degraded(), allBack.toMillis() / 1000.0)));
    }

    private JsonNode release(String releaseId) {
        Web.Answer answer = web.get(SALARY_2 + "/api/v1/releases/" + releaseId);
        return answer.status() == 200 ? answer.body() : MissingNode.getInstance();
    }

    private long received(String releaseId) {
        return release(releaseId).path("received").asLong(-1);
    }

    private static String page(String slug) {
        return "/api/v1/pages/careers/" + slug;
    }

    private static String title(Web.Answer page) {
        return page.body() == null ? null : page.body().path("article").path("title").asText();
    }

    private static boolean whole(Web.Answer page) {
        return page.status() == 200 && page.body().path("meta").path("degraded").isEmpty();
    }

    private static boolean holdsPartitions(Map<String, Set<TopicPartition>> members, String instancePrefix) {
        return members.entrySet().stream().anyMatch(m -> m.getKey().startsWith(instancePrefix) && !m.getValue().isEmpty());
    }

    private static String summary(Map<String, Set<TopicPartition>> members) {
        StringJoiner joined = new StringJoiner("; ");
        members.forEach((member, partitions) -> joined.add(member + " " + partitions.size()));
        return joined.toString();
    }

    /** @return "articleId@revision" of each ArticlePublished event of these articles, repeats kept */
    private static List<String> publishedRevisions(List<ConsumerRecord<byte[], byte[]>> records, Set<String> articleIds) {
        List<String> published = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> record : records) {
            JsonNode event = json(record.value());
            if ("ArticlePublished".equals(event.path("eventType").asText()) && articleIds.contains(event.path("articleId").asText())) {
                published.add(event.path("articleId").asText() + "@" + event.path("revision").asInt());
            }
        }
        return published;
    }

    private static JsonNode json(byte[] value) {
        try {
            return ContractJson.readTree(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String article(String title) {
        return """
            {"title": "%s", "summary": "Checks two instances of each service.", "category": "healthcare",
             "sections": [{"heading": "About", "markdown": "Medical records work."}], "occupations": ["29-2071"],
             "programs": ["51.0707"]}""".formatted(title);
    }
}
