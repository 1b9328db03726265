package io.careers.salary.occupation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.careers.contracts.OccupationRef;
import io.careers.contracts.Topics;
import io.careers.contracts.salary.EmploymentProjection;
import io.careers.contracts.salary.WageEstimate;
import io.careers.salary.Estimates;
import io.careers.salary.SalaryIntegrationTest;
import io.careers.salary.ServiceHttp;
import io.careers.testkit.KafkaTestClient;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Releases are promoted while projections of the same occupations keep arriving, as when the sample
 * data is loaded. Consumers keep the newest {@code OccupationStatsChanged} per code, so the events of a
 * code, ordered by {@code occurredAt}, must never go back to an older current release: an event read
 * while a promotion was still uncommitted but written after it would leave articles on the old figures.
 */
@MicronautTest(transactional = false)
class StatsAnnouncementOrderIT extends SalaryIntegrationTest {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int OCCUPATIONS = 30;
    private static final int RELEASES = 6;
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    StatsAnnouncementOrderIT() {
        super("stats-order");
    }

    @Inject
    EmbeddedServer server;

    @Test
    void aCodesAnnouncementsNeverGoBackToAnOlderCurrentRelease() throws Exception {
        ServiceHttp api = new ServiceHttp(server.getURI());
        List<OccupationRef> occupations = new ArrayList<>();
        for (int i = 0; i < OCCUPATIONS; i++) {
            occupations.add(new OccupationRef(String.format("45-%04d", i), "Occupation " + i + " (" + run + ")", "2010"));
        }
        AtomicBoolean projecting = new AtomicBoolean(true);
        CompletableFuture<Void> projections = CompletableFuture.runAsync(() -> {
            for (long base = 1_000; projecting.get(); base++) {
                for (OccupationRef occupation : occupations) {
                    Estimates.project(kafka, new EmploymentProjection("2030-2040", 2030, 2040, occupation, base,
                        base + 100, new BigDecimal("10.0"), null, "High school diploma (" + run + ")"));
                }
            }
        });
        try {
            for (int r = 0; r < RELEASES; r++) {
                String releaseId = "OEWS-" + (2031 + r) + "-05-" + run;
                List<WageEstimate> estimates = new ArrayList<>();
                for (OccupationRef occupation : occupations) {
                    estimates.add(Estimates.estimate(releaseId, occupation, Estimates.US, 40_000 + r * 1_000, 0));
                }
                Estimates.publish(kafka, estimates);
                Estimates.complete(kafka, releaseId, OCCUPATIONS);
                api.awaitStatus(releaseId, "CURRENT", WAIT);
            }
        } finally {
            projecting.set(false);
            projections.get();
        }
        awaitEverythingConsumed(WAIT);

        Map<String, List<JsonNode>> byCode = announcements(occupations);
        for (Map.Entry<String, List<JsonNode>> code : byCode.entrySet()) {
            String seen = "";
            for (JsonNode event : code.getValue()) {
                String current = event.path("current").path("referencePeriod").asText("");
                assertTrue(current.compareTo(seen) >= 0, code.getKey() + ": an event of " + event.path("occurredAt").asText()
                    + " says " + current + " is current after one said " + seen);
                seen = current;
            }
            assertEquals((2031 + RELEASES - 1) + "-05", seen, code.getKey() + ": the last announcement has the last release");
        }
    }

    /** @return this run's stats events per code, in the order of their {@code occurredAt} */
    private Map<String, List<JsonNode>> announcements(List<OccupationRef> occupations) {
        List<String> codes = occupations.stream().map(OccupationRef::code).toList();
        Map<String, List<JsonNode>> byCode = new TreeMap<>();
        kafka.readAll(Topics.OCCUPATION_STATS, Duration.ofMillis(500)).stream()
            .filter(r -> codes.contains(KafkaTestClient.text(r.key())) && KafkaTestClient.text(r.value()).contains(run))
            .forEach(r -> byCode.computeIfAbsent(KafkaTestClient.text(r.key()), k -> new ArrayList<>()).add(read(r.value())));
        byCode.values().forEach(events -> events.sort(Comparator.comparing(e -> Instant.parse(e.path("occurredAt").asText()))));
        assertEquals(OCCUPATIONS, byCode.size(), "every occupation announced");
        return byCode;
    }

    private static JsonNode read(byte[] value) {
        try {
            return JSON.readTree(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
