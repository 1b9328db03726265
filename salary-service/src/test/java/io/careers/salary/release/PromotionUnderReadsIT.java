package io.careers.salary.release;

import com.fasterxml.jackson.databind.JsonNode;
import io.careers.contracts.OccupationRef;
import io.careers.contracts.salary.WageEstimate;
import io.careers.salary.Estimates;
import io.careers.salary.SalaryIntegrationTest;
import io.careers.salary.ServiceHttp;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A release becomes current at once for every occupation: readers who ask for many occupations
 * in a loop while it is pending and while it is promoted see the old release or the new one,
 * never a mix and never the pending one.
 */
@MicronautTest(transactional = false)
class PromotionUnderReadsIT extends SalaryIntegrationTest {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final int OCCUPATIONS = 60;
    private static final int READERS = 3;
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    PromotionUnderReadsIT() {
        super("promotion-reads");
    }

    @Inject
    EmbeddedServer server;

    @Test
    void readersSeeOneWholeReleaseAtATime() throws Exception {
        ServiceHttp api = new ServiceHttp(server.getURI());
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < OCCUPATIONS; i++) {
            codes.add(String.format("41-%04d", i));
        }
        String path = "/api/v1/occupations?codes=" + String.join(",", codes);
        String old = "OEWS-2029-05-" + run;
        String next = "OEWS-2030-05-" + run;
        publishRelease(old, codes, 40_000);
        Estimates.complete(kafka, old, OCCUPATIONS);
        api.awaitStatus(old, "CURRENT", WAIT);

        ConcurrentLinkedQueue<List<Set<String>>> answersByReader = new ConcurrentLinkedQueue<>();
        AtomicBoolean reading = new AtomicBoolean(true);
        ExecutorService readers = Executors.newFixedThreadPool(READERS);
        List<Future<?>> running = new ArrayList<>();
        for (int r = 0; r < READERS; r++) {
            running.add(readers.submit(() -> {
                List<Set<String>> answers = new ArrayList<>();
                while (reading.get() || answers.isEmpty() || !answers.get(answers.size() - 1).contains(next)) {
                    answers.add(releasesIn(api.get(path)));
                }
                answersByReader.add(answers);
            }));
        }

        publishRelease(next, codes, 50_000);
        // Every estimate of the new release is in, and it is still pending: readers see the old one.
        awaitEverythingConsumed(WAIT);
        assertEquals("PENDING", api.release(next).get("status").asText());
        assertEquals(Set.of(old), releasesIn(api.get(path)), "a pending release is not shown");
        Estimates.complete(kafka, next, OCCUPATIONS);
        api.awaitStatus(next, "CURRENT", WAIT);
        reading.set(false);
        for (Future<?> reader : running) {
            reader.get();
        }
        readers.shutdown();

        int answers = 0;
        for (List<Set<String>> reader : answersByReader) {
            boolean sawNext = false;
            for (Set<String> releases : reader) {
                answers++;
                assertEquals(1, releases.size(), "one answer mixes releases: " + releases);
                sawNext |= releases.contains(next);
                assertTrue(!sawNext || releases.contains(next), "a reader saw " + next + " and then " + old + " again");
            }
            assertTrue(sawNext, "each reader ends on the new release");
        }
        assertTrue(answers > READERS * 2, "the readers read during the promotion: " + answers + " answers");
    }

    private void publishRelease(String releaseId, List<String> codes, int median) {
        List<WageEstimate> estimates = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            estimates.add(Estimates.estimate(releaseId, new OccupationRef(codes.get(i), "Occupation " + codes.get(i), "2018"),
                Estimates.US, median + i, 0));
        }
        Estimates.publish(kafka, estimates);
    }

    private static Set<String> releasesIn(JsonNode answer) {
        Set<String> releases = new TreeSet<>();
        for (JsonNode occupation : answer.get("occupations")) {
            JsonNode current = occupation.get("current");
            releases.add(current == null || current.isNull() ? "none" : current.get("releaseId").asText());
        }
        return releases;
    }
}
