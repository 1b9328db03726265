package io.careers.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.careers.bench.SyntheticRelease;
import io.careers.contracts.ContractJson;
import io.careers.contracts.Topics;
import io.careers.contracts.salary.ReleaseCompletion;
import io.careers.contracts.salary.WageEstimate;
import io.careers.e2e.Platform;
import io.careers.e2e.Web;
import io.careers.testkit.Eventually;
import io.careers.testkit.KafkaTestClient;
import org.apache.kafka.clients.consumer.ConsumerRecord;
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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fault battery: the platform started as a user starts it ({@code ./platform up -d}), then
 * crashed, paused, hung and replayed as an operator would see it happen. Each fault is counted
 * in the {@link Ledger} through public APIs and output topics: what was sent, what the platform
 * holds afterwards, what was applied or published twice, and how long recovery took.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultBatteryIT {
    private static final String SLUG = "medical-records-administration";
    private static final String SALARY = "http://localhost:" + Platform.SALARY;
    private static final String GATEWAY = "http://localhost:" + Platform.GATEWAY;
    /** Longer than the slowest JVM start on a busy machine; the recovery measured is what the ledger reports. */
    private static final Duration RECOVERY_LIMIT = Duration.ofSeconds(120);
    private final Platform platform = new Platform();
    private final Web web = new Web();
    private final Ledger ledger = new Ledger();
    private KafkaTestClient kafka;

    @BeforeAll
    void up() throws Exception {
        platform.run("down");
        platform.wipe();
        platform.run("up", "-d");
        kafka = new KafkaTestClient(platform.kafka());
        Eventually.await("a whole page", Duration.ofSeconds(60), () -> {
            Web.Answer page = web.get(GATEWAY + "/api/v1/pages/careers/" + SLUG);
            return page.status() == 200 && page.body().path("meta").path("degraded").isEmpty();
        });
    }

    @AfterAll
    void down() throws Exception {
        ledger.write(Path.of("target/fault-ledger.md"));
        if (kafka != null) {
            kafka.close();
        }
        platform.run("down");
    }

    @Test
    @Order(1)
    void salaryServiceKilledMidReleaseComesBackAndPromotesTheReleaseOnceWithTheExactCount() throws Exception {
        // An old period: the release becomes HISTORICAL and leaves the sample pages as they are.
        String releaseId = "OEWS-2010-05-FAULTS-" + System.currentTimeMillis();
        List<WageEstimate> estimates = SyntheticRelease.estimates(releaseId, "2010-05", 830, 50);
        int restartsBefore = platform.restarts("salary-service");
        kafka.send(Topics.RELEASES, releaseId, SyntheticRelease.json(ReleaseCompletion.whole(releaseId, "2010-05", estimates.size())), Map.of());
        sendAll(estimates);

        Eventually.await("salary-service has stored part of the release", Duration.ofSeconds(60), () -> received(releaseId) > 0);
        long atKill = received(releaseId);
        long killedAt = System.nanoTime();
        Platform.signal("KILL", platform.servicePid("salary-service"));

        Eventually.await("salary-service is healthy again", RECOVERY_LIMIT, () -> web.get(SALARY + "/health").status() == 200);
        Duration healthy = Duration.ofNanos(System.nanoTime() - killedAt);
        Eventually.await("salary-service stores estimates again", RECOVERY_LIMIT,
            () -> {
                JsonNode release = release(releaseId);
                return release.path("received").asLong(-1) > atKill || promoted(release);
            });
        Duration resumed = Duration.ofNanos(System.nanoTime() - killedAt);
        Eventually.await("the release is promoted", Duration.ofSeconds(180), () -> promoted(release(releaseId)));
        JsonNode release = release(releaseId);
        assertEquals("HISTORICAL", release.path("status").asText(), release.toString());
        assertEquals(estimates.size(), release.path("received").asLong(), "every estimate stored once");
        assertEquals(estimates.size(), release.path("expected").asLong());
        assertEquals(restartsBefore + 1, platform.restarts("salary-service"), "its supervisor restarted it once");
        // The promoter promotes only when the rows it counts equal the announced count: a duplicate row would hold it back.
        ledger.add(new Ledger.Entry("salary-service kill -9 mid-release", estimates.size(), release.path("received").asLong(),
            release.path("received").asLong() - release.path("expected").asLong(), resumed,
            String.format("killed at %,d of %,d stored; restarted by its supervisor, healthy %.1f s after the kill; promoted once",
                atKill, estimates.size(), healthy.toMillis() / 1000.0)));
    }

    @Test
    @Order(2)
    void aPausedPostgresIsAnswered503QuicklyAndTheServicesRecoverWhenItResumes() throws Exception {
        List<Long> postgres = platform.postgresProcesses();
        for (long pid : postgres) {
            Platform.signal("STOP", pid);
        }
        Timed<Web.Answer> read;
        Timed<Web.Answer> health;
        Timed<Web.Answer> page;
        Timed<Web.Answer> write;
        try {
            write = Timed.of(() -> uncheckedPut("faults-during-postgres-pause"));
            read = Timed.of(() -> web.get(SALARY + "/api/v1/occupations/29-2071"));
            health = Timed.of(() -> web.get(SALARY + "/health"));
            page = Timed.of(() -> web.get(GATEWAY + "/api/v1/pages/careers/" + SLUG));
        } finally {
            for (long pid : postgres) {
                Platform.signal("CONT", pid);
            }
        }
        assertEquals(503, read.value().status(), "a read that cannot reach PostgreSQL: " + read.value().body());
        assertEquals(503, health.value().status(), "/health reports DOWN: " + health.value().body());
        assertEquals(200, page.value().status(), "the page is served from the gateway's cache");
        assertTrue(read.took().compareTo(Duration.ofSeconds(5)) < 0, "503 took " + read.took());
        assertTrue(health.took().compareTo(Duration.ofSeconds(5)) < 0, "/health took " + health.took());
        assertEquals(503, write.value().status(), "a partner write that cannot reach PostgreSQL: " + write.value().body());
        Duration recovery = Eventually.await("reads succeed again", RECOVERY_LIMIT,
            () -> web.get(SALARY + "/api/v1/occupations/29-2071").status() == 200);
        // The client retries the refused write, as a 503 with Retry-After asks: PUT by external id is idempotent.
        Web.Answer retried = putListingAnswer("faults-during-postgres-pause");
        assertTrue(retried.status() == 201 || retried.status() == 200, String.valueOf(retried.body()));
        assertEquals(1, partnerListingsNamed("faults-during-postgres-pause"), "one listing, whatever the pause did");
        ledger.add(new Ledger.Entry("PostgreSQL paused (SIGSTOP)", 2, 2, 0, recovery, String.format(
            "read 503 in %d ms, partner write 503 in %d ms (its retry: %d), /health 503 in %d ms, page 200 in %d ms",
            read.took().toMillis(), write.took().toMillis(), retried.status(), health.took().toMillis(), page.took().toMillis())));
    }

    @Test
    @Order(3)
    void interactionsAndOutboxEventsSentWhileTheBrokerIsPausedArriveOnceWhenItResumes() throws Exception {
        PageViews views = PageViews.read(web, GATEWAY, SLUG, 30);
        Set<String> earlier = new HashSet<>(views.eventIds(kafka.readAll(Topics.INTERACTIONS, Duration.ofSeconds(2)), Set.of()));
        long infra = platform.infraPid();
        Platform.signal("STOP", infra);
        Timed<Web.Answer> health;
        Duration slowestAccept = Duration.ZERO;
        String partnerListing;
        try {
            for (int i = 0; i < views.tokens().size(); i++) {
                String report = views.report(i);
                Timed<Web.Answer> accepted = Timed.of(() -> web.post(GATEWAY + "/api/v1/interactions", report, Map.of()));
                assertEquals(202, accepted.value().status(), String.valueOf(accepted.value().body()));
                slowestAccept = accepted.took().compareTo(slowestAccept) > 0 ? accepted.took() : slowestAccept;
            }
            partnerListing = putListing("faults-during-broker-pause");
            health = Timed.of(() -> web.get(GATEWAY + "/health"));
        } finally {
            Platform.signal("CONT", infra);
        }
        assertTrue(health.took().compareTo(Duration.ofSeconds(5)) < 0, "gateway /health took " + health.took());
        long resumedAt = System.nanoTime();
        int wanted = views.tokens().size();
        List<ConsumerRecord<byte[], byte[]>> interactions = kafka.readUntil(Topics.INTERACTIONS,
            read -> new HashSet<>(views.eventIds(read, earlier)).size() >= wanted, Duration.ofSeconds(120));
        Duration recovery = Duration.ofNanos(System.nanoTime() - resumedAt);
        List<String> arrived = views.eventIds(kafka.readAll(Topics.INTERACTIONS, Duration.ofSeconds(2)), earlier);
        assertEquals(wanted, new HashSet<>(arrived).size(), "every interaction arrived (" + interactions.size() + " read)");
        assertEquals(wanted, arrived.size(), "each once");
        List<String> upserts = kafka.readUntil(Topics.LISTINGS, read -> read.stream()
                .anyMatch(r -> partnerListing.equals(KafkaTestClient.text(r.key()))), Duration.ofSeconds(60)).stream()
            .filter(r -> partnerListing.equals(KafkaTestClient.text(r.key()))).map(r -> eventId(r.value())).toList();
        assertEquals(1, upserts.size(), "the listing's event published once: " + upserts);
        ledger.add(new Ledger.Entry("Kafka broker paused (SIGSTOP of its process)", wanted + 1, arrived.size() + upserts.size(),
            (arrived.size() - wanted) + (upserts.size() - new HashSet<>(upserts).size()), recovery, String.format(
            "30 interactions answered 202 (slowest %d ms), one partner write through the outbox; gateway /health in %d ms",
            slowestAccept.toMillis(), health.took().toMillis())));
    }

    @Test
    @Order(4)
    void aHungSchoolsServiceCostsOnlyItsSection() throws Exception {
        long schools = platform.servicePid("schools-service");
        Platform.signal("STOP", schools);
        Timed<Web.Answer> page;
        try {
            page = Timed.of(() -> web.get(GATEWAY + "/api/v1/pages/careers/" + SLUG + "?state=AK"));
        } finally {
            Platform.signal("CONT", schools);
        }
        assertEquals(200, page.value().status());
        assertEquals("UNAVAILABLE", page.value().body().path("schools").path("status").asText());
        assertEquals("OK", page.value().body().path("salary").path("status").asText());
        Duration recovery = Eventually.await("the page is whole again", RECOVERY_LIMIT, () -> {
            Web.Answer whole = web.get(GATEWAY + "/api/v1/pages/careers/" + SLUG + "?state=AK");
            return whole.status() == 200 && whole.body().path("meta").path("degraded").isEmpty();
        });
        ledger.add(new Ledger.Entry("schools-service hung (SIGSTOP)", 1, 1, 0, recovery,
            "page 200 without its schools section in " + page.took().toMillis() + " ms"));
    }

    @Test
    @Order(5)
    void replayingSalaryServiceFromOffsetZeroChangesNothing() throws Exception {
        JsonNode before = web.get(SALARY + "/api/v1/releases").body();
        JsonNode figuresBefore = web.get(SALARY + "/api/v1/occupations/29-2071").body();
        List<String> inputs = List.of(Topics.WAGE_ESTIMATES, Topics.RELEASES, Topics.EMPLOYMENT_PROJECTIONS, Topics.SOC_CROSSWALK);
        long replayed = kafka.endOffsets(inputs).values().stream().mapToLong(Long::longValue).sum();
        long start = System.nanoTime();
        platform.run("replay", "salary-service", "--to", "earliest");
        kafka.awaitGroupAt("salary-service", kafka.endOffsets(inputs), RECOVERY_LIMIT);
        Duration caughtUp = Duration.ofNanos(System.nanoTime() - start);
        assertEquals(before, web.get(SALARY + "/api/v1/releases").body(), "releases, statuses and counts unchanged");
        assertEquals(figuresBefore, web.get(SALARY + "/api/v1/occupations/29-2071").body(), "figures unchanged");
        ledger.add(new Ledger.Entry("salary-service replayed from offset 0", replayed, replayed, 0, caughtUp,
            String.format("%,d input records consumed again; releases and figures unchanged", replayed)));
    }

    private void sendAll(List<WageEstimate> estimates) {
        List<KafkaTestClient.Outgoing> records = estimates.stream()
            .map(e -> new KafkaTestClient.Outgoing(e.key(), SyntheticRelease.json(e))).toList();
        kafka.sendAll(Topics.WAGE_ESTIMATES, records);
    }

    /** @return the release as salary-service shows it, or a missing node while salary-service does not answer */
    private JsonNode release(String releaseId) {
        Web.Answer answer = web.get(SALARY + "/api/v1/releases/" + releaseId);
        return answer.status() == 200 ? answer.body() : MissingNode.getInstance();
    }

    private long received(String releaseId) {
        return release(releaseId).path("received").asLong(-1);
    }

    private static boolean promoted(JsonNode release) {
        return !release.isMissingNode() && !"PENDING".equals(release.path("status").asText());
    }

    private String putListing(String externalId) throws Exception {
        Web.Answer put = putListingAnswer(externalId);
        assertTrue(put.status() == 201 || put.status() == 200, "partner API: " + put.status() + " " + put.body());
        return put.body().path("listingId").asText();
    }

    private Web.Answer putListingAnswer(String externalId) throws Exception {
        return web.put("http://localhost:" + Platform.SCHOOLS + "/api/v1/partner/listings/" + externalId, """
            {"externalId": "%s",
             "institution": {"name": "Edgecombe Community College", "city": "Tarboro", "state": "NC", "ownership": "PUBLIC",
                             "website": "https://www.edgecombe.edu"},
             "program": {"title": "Health Information Technology", "cipCode": "51.0707", "credential": "ASSOCIATE",
                         "delivery": "ONLINE", "accreditations": ["CAHIIM"], "annualTuitionUsd": 2900}}
            """.formatted(externalId), Map.of("X-API-Key", platform.partnerKey("healthcare-leads")));
    }

    private long partnerListingsNamed(String externalId) throws Exception {
        JsonNode listings = web.get("http://localhost:" + Platform.SCHOOLS + "/api/v1/partner/listings?size=100",
            Map.of("X-API-Key", platform.partnerKey("healthcare-leads"))).body();
        long found = 0;
        for (JsonNode listing : listings.path("items")) {
            found += externalId.equals(listing.path("externalId").asText()) ? 1 : 0;
        }
        return found;
    }

    private Web.Answer uncheckedPut(String externalId) {
        try {
            return putListingAnswer(externalId);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String eventId(byte[] value) {
        try {
            return ContractJson.readTree(value).path("eventId").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
