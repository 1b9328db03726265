package io.careers.salary;

import io.careers.contracts.OccupationRef;
import io.careers.contracts.Topics;
import io.careers.contracts.salary.EmploymentProjection;
import io.careers.contracts.salary.WageEstimate;
import io.careers.testkit.KafkaTestClient;
import io.careers.testkit.ReplayCheck;
import io.careers.testkit.ServiceDatabase;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Consuming everything again from where the service started (its offset 0) leaves every table
 * exactly as it was and publishes nothing new.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReplayIT {
    private static final String[] SOCS = {"29-2071", "31-9092", "43-6013", "11-9111", "29-1141", "15-1252"};
    private final KafkaTestClient kafka = KafkaTestClient.forTests();

    @AfterAll
    void close() {
        kafka.close();
    }

    @Test
    void aReplayOfEveryInputChangesNothing() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        ServiceDatabase database = ReplayCheck.assertReplayChangesNothing(kafka, SalaryTestSupport.properties("replay", kafka),
            SalaryTestSupport.INPUTS, List.of("release", "wage_estimate", "employment_projection"),
            properties -> ApplicationContext.run(properties, Environment.TEST),
            service -> publishTwoReleasesWithCorrectionsDuplicatesAndBadRecords(run));
        assertEquals("2", database.single("SELECT count(*) FROM release WHERE status IN ('CURRENT', 'SUPERSEDED')"),
            "both releases were promoted (one superseded)");
    }

    private void publishTwoReleasesWithCorrectionsDuplicatesAndBadRecords(String run) {
        for (String period : List.of("2019-05", "2020-05")) {
            String release = "OEWS-" + period + "-" + run;
            List<WageEstimate> estimates = new ArrayList<>();
            for (int i = 0; i < SOCS.length; i++) {
                OccupationRef occupation = new OccupationRef(SOCS[i], "Occupation " + SOCS[i], "2018");
                estimates.add(Estimates.estimate(release, occupation, Estimates.US, 30000 + 1000 * i, 0));
                estimates.add(Estimates.estimate(release, occupation, Estimates.VIRGINIA, 31000 + 1000 * i, 0));
            }
            List<WageEstimate> shuffled = new ArrayList<>(estimates);
            shuffled.addAll(estimates.subList(0, 4));
            Collections.shuffle(shuffled, new Random(period.hashCode()));
            Estimates.complete(kafka, release, estimates.size());
            Estimates.publish(kafka, shuffled);
            Estimates.publish(kafka, List.of(Estimates.estimate(release, estimates.get(0).occupation(), Estimates.US, 30500, 2),
                Estimates.estimate(release, estimates.get(0).occupation(), Estimates.US, 30250, 1)));
            kafka.send(Topics.WAGE_ESTIMATES, release + ":0000000:29-2071", "not json");
        }
        Estimates.project(kafka, new EmploymentProjection("2019-2029", 2019, 2029,
            new OccupationRef("31-9092", "Medical Assistants", "2018"), 725200L, 864700L, new BigDecimal("19"), 104400L, null));
    }
}
