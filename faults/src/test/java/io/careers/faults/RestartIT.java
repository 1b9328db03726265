package io.careers.faults;

import com.fasterxml.jackson.databind.JsonNode;
import io.careers.bench.SyntheticRelease;
import io.careers.contracts.Topics;
import io.careers.contracts.salary.ReleaseCompletion;
import io.careers.contracts.salary.WageEstimate;
import io.careers.e2e.Platform;
import io.careers.e2e.Web;
import io.careers.testkit.Eventually;
import io.careers.testkit.KafkaTestClient;
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
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Restarts: the infrastructure process (the Kafka broker, which started PostgreSQL) killed under running services, and
 * the whole platform stopped and started again. Counted in {@code target/restart-ledger.md}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RestartIT {
    private static final String SLUG = "medical-records-administration";
    private static final String SALARY = "http://localhost:" + Platform.SALARY;
    private static final String SCHOOLS = "http://localhost:" + Platform.SCHOOLS;
    private static final String GATEWAY = "http://localhost:" + Platform.GATEWAY;
    private static final List<String> SERVICES = List.of("salary-service", "schools-service", "articles-service", "gateway");
    private static final Duration RECOVERY_LIMIT = Duration.ofSeconds(180);
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
        Eventually.await("a whole page", Duration.ofSeconds(60), () -> whole(web.get(GATEWAY + page())));
    }

    @AfterAll
    void down() throws Exception {
        ledger.write(Path.of("target/restart-ledger.md"));
        if (kafka != null) {
            kafka.close();
        }
        platform.run("down");
    }

    @Test
    @Order(1)
    void theInfrastructureKilledUnderRunningServicesIsRestartedAndTheServicesCarryOn() throws Exception {
        Map<String, Integer> restartsBefore = restarts();
        // Twenty readers' answers of the page, each with its own token: each reader's view counts once.
        PageViews views = PageViews.read(web, GATEWAY, SLUG, 20);
        Set<String> earlier = new HashSet<>(views.eventIds(kafka.readAll(Topics.INTERACTIONS, Duration.ofSeconds(2)), Set.of()));
        long postgres = platform.postgresPid();
        long killedAt = System.nanoTime();
        Platform.signal("KILL", platform.infraPid());
        // While the broker is gone, readers' views are held by the gateway.
        for (int i = 0; i < views.tokens().size(); i++) {
            Web.Answer accepted = web.post(GATEWAY + "/api/v1/interactions", views.report(i), Map.of());
            assertEquals(202, accepted.status(), String.valueOf(accepted.body()));
        }
        Eventually.await("the infrastructure is restarted by its supervisor", RECOVERY_LIMIT, () -> restartsOf("infra") == 1);
        Duration restarted = Duration.ofNanos(System.nanoTime() - killedAt);

        String releaseId = "OEWS-2009-05-RESTART-" + System.currentTimeMillis();
        List<WageEstimate> estimates = SyntheticRelease.estimates(releaseId, "2009-05", 100, 10);
        Eventually.await("the broker takes records again", RECOVERY_LIMIT, () -> {
            try {
                kafka.send(Topics.RELEASES, releaseId,
                    SyntheticRelease.json(ReleaseCompletion.whole(releaseId, "2009-05", estimates.size())), Map.of());
                return true;
            } catch (RuntimeException e) {
                return false;
            }
        });
        Duration brokerBack = Duration.ofNanos(System.nanoTime() - killedAt);
        kafka.sendAll(Topics.WAGE_ESTIMATES, estimates.stream()
            .map(e -> new KafkaTestClient.Outgoing(e.key(), SyntheticRelease.json(e))).toList());
        Eventually.await("salary-service consumes again: it knows the new release", RECOVERY_LIMIT,
            () -> web.get(SALARY + "/api/v1/releases/" + releaseId).status() == 200);
        Duration recovered = Duration.ofNanos(System.nanoTime() - killedAt);
        Eventually.await("salary-service promotes the new release", RECOVERY_LIMIT, () -> {
            Web.Answer release = web.get(SALARY + "/api/v1/releases/" + releaseId);
            return release.status() == 200 && !"PENDING".equals(release.body().path("status").asText());
        });
        assertEquals(estimates.size(), web.get(SALARY + "/api/v1/releases/" + releaseId).body().path("received").asLong());

        int wanted = views.tokens().size();
        kafka.readUntil(Topics.INTERACTIONS, read -> new HashSet<>(views.eventIds(read, earlier)).size() >= wanted, RECOVERY_LIMIT);
        List<String> arrived = views.eventIds(kafka.readAll(Topics.INTERACTIONS, Duration.ofSeconds(2)), earlier);
        assertEquals(wanted, new HashSet<>(arrived).size(), "every view held during the outage arrived");
        assertEquals(restartsBefore, restarts(), "no service had to be restarted");
        assertEquals(postgres, platform.postgresPid(), "PostgreSQL was taken over, not restarted");
        Eventually.await("the page is whole", RECOVERY_LIMIT, () -> whole(web.get(GATEWAY + page())));
        ledger.add(new Ledger.Entry("infrastructure process killed (kill -9 of the broker's JVM, which started PostgreSQL)",
            wanted + estimates.size(), new HashSet<>(arrived).size() + estimates.size(), arrived.size() - wanted, recovered,
            String.format("restarted by its supervisor %.1f s after the kill, the broker taking records after %.1f s; 20 views held by "
                + "the gateway and sent once; a release of %,d sent then, promoted with the exact count; PostgreSQL taken over; no service restarted",
                restarted.toMillis() / 1000.0, brokerBack.toMillis() / 1000.0, estimates.size())));
    }

    @Test
    @Order(2)
    void aFullRestartKeepsEverything() throws Exception {
        JsonNode releases = web.get(SALARY + "/api/v1/releases").body();
        JsonNode schools = web.get(SCHOOLS + "/api/v1/schools?cip=51.0707&size=50").body();
        JsonNode pageBefore = web.get(GATEWAY + page()).body();
        platform.run("down");
        long start = System.nanoTime();
        platform.run("up", "-d");
        Eventually.await("a whole page", RECOVERY_LIMIT, () -> whole(web.get(GATEWAY + page())));
        Duration up = Duration.ofNanos(System.nanoTime() - start);
        // Consumers resume at their committed offsets: nothing is applied again, nothing is missing.
        assertEquals(releases, web.get(SALARY + "/api/v1/releases").body(), "releases, statuses and counts");
        assertEquals(schools.path("totalItems"), web.get(SCHOOLS + "/api/v1/schools?cip=51.0707&size=50").body().path("totalItems"));
        JsonNode pageAfter = web.get(GATEWAY + page()).body();
        assertEquals(pageBefore.path("article").path("revision"), pageAfter.path("article").path("revision"));
        assertEquals(figures(pageBefore), figures(pageAfter), "the same figures");
        assertTrue(pageAfter.path("meta").path("degraded").isEmpty(), pageAfter.toString());
        ledger.add(new Ledger.Entry("full restart (./platform down, ./platform up -d)", releases.size(),
            web.get(SALARY + "/api/v1/releases").body().size(), 0, up,
            "releases, school listings, article revision and figures unchanged; sample data not loaded again"));
    }

    private Map<String, Integer> restarts() throws Exception {
        Map<String, Integer> restarts = new TreeMap<>();
        for (String service : SERVICES) {
            restarts.put(service, platform.restarts(service));
        }
        return restarts;
    }

    private int restartsOf(String component) {
        try {
            return platform.restarts(component);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the page's salary section without its time of reading */
    private static JsonNode figures(JsonNode page) {
        return page.path("salary").path("occupations");
    }

    private static String page() {
        return "/api/v1/pages/careers/" + SLUG;
    }

    private static boolean whole(Web.Answer page) {
        return page.status() == 200 && page.body().path("meta").path("degraded").isEmpty();
    }
}
