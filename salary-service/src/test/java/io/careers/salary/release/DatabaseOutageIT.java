package io.careers.salary.release;

import io.careers.contracts.OccupationRef;
import io.careers.contracts.Topics;
import io.careers.contracts.salary.WageEstimate;
import io.careers.salary.Estimates;
import io.careers.salary.SalaryIntegrationTest;
import io.careers.salary.SalaryTestSupport;
import io.careers.salary.ServiceHttp;
import io.careers.testkit.KafkaTestClient;
import io.careers.testkit.ServiceDatabase;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * PostgreSQL goes away while estimates flow and comes back: nothing is dead-lettered, every
 * estimate is applied once, and the release is promoted with its exact count.
 */
@MicronautTest(transactional = false)
class DatabaseOutageIT extends SalaryIntegrationTest {
    private static final Duration WAIT = Duration.ofSeconds(90);
    /** How long the database stays away: the scenario, not a wait for a result. */
    private static final Duration OUTAGE = Duration.ofSeconds(3);
    private static final int ESTIMATES = 900;
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private Map<String, String> properties;

    DatabaseOutageIT() {
        super("database-outage");
    }

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        properties = super.getProperties();
        // A connection is waited for briefly, so the outage shows as failures to retry.
        properties.put("datasources.default.connection-timeout", "1000");
        return properties;
    }

    @Test
    void recordsThatArriveDuringAnOutageAreAppliedOnceWhenItEnds() throws InterruptedException {
        String releaseId = "OEWS-2031-05-" + run;
        List<WageEstimate> estimates = new ArrayList<>();
        for (int i = 0; i < ESTIMATES; i++) {
            estimates.add(Estimates.estimate(releaseId,
                new OccupationRef(String.format("43-%04d", i), "Occupation " + i, "2018"), Estimates.US, 30_000 + i, 0));
        }
        ServiceDatabase database = ServiceDatabase.of(properties);
        Estimates.publish(kafka, estimates.subList(0, ESTIMATES / 3));
        database.beginOutage();
        try {
            Estimates.publish(kafka, estimates.subList(ESTIMATES / 3, 2 * ESTIMATES / 3));
            Estimates.complete(kafka, releaseId, ESTIMATES);
            Thread.sleep(OUTAGE.toMillis());
        } finally {
            database.endOutage();
        }
        Estimates.publish(kafka, estimates.subList(2 * ESTIMATES / 3, ESTIMATES));
        // Some of them again, as a producer retrying after the outage would.
        Estimates.publish(kafka, estimates.subList(0, 50));

        awaitEverythingConsumed(WAIT);
        ServiceHttp api = new ServiceHttp(server.getURI());
        api.awaitStatus(releaseId, "CURRENT", WAIT);
        assertEquals(ESTIMATES, api.release(releaseId).get("received").asInt(), "each estimate counted once");
        assertEquals(Integer.toString(ESTIMATES),
            database.single("SELECT count(*) FROM wage_estimate WHERE release_id = '" + releaseId + "'"));
        for (String topic : SalaryTestSupport.INPUTS) {
            long ours = kafka.readAll(Topics.deadLetterOf(topic), Duration.ofSeconds(1)).stream()
                .filter(r -> r.key() != null && KafkaTestClient.text(r.key()).contains(run)).count();
            assertEquals(0, ours, "nothing of this test was dead-lettered on " + Topics.deadLetterOf(topic));
        }
    }
}
