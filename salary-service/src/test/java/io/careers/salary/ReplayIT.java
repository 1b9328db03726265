package io.careers.salary;

import io.careers.contracts.OccupationRef;
import io.careers.contracts.Topics;
import io.careers.contracts.salary.EmploymentProjection;
import io.careers.contracts.salary.WageEstimate;
import io.careers.testkit.KafkaTestClient;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Consuming everything again from where the service started (its offset 0) leaves every table
 * exactly as it was and publishes nothing new.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReplayIT {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String[] SOCS = {"29-2071", "31-9092", "43-6013", "11-9111", "29-1141", "15-1252"};
    private final KafkaTestClient kafka = KafkaTestClient.forTests();

    @AfterAll
    void close() {
        kafka.close();
    }

    @Test
    void aReplayOfEveryInputChangesNothing() {
        Map<String, String> properties = SalaryTestSupport.properties("replay", kafka);
        String group = properties.get("messaging.consumer.group-id");
        Map<TopicPartition, Long> start = kafka.endOffsets(SalaryTestSupport.INPUTS);
        String run = UUID.randomUUID().toString().substring(0, 8);

        Map<String, String> firstRun;
        long outboxRows;
        try (ApplicationContext service = ApplicationContext.run(new LinkedHashMap<>(properties), Environment.TEST)) {
            publishTwoReleasesWithCorrectionsDuplicatesAndBadRecords(run);
            Map<TopicPartition, Long> end = kafka.endOffsets(SalaryTestSupport.INPUTS);
            kafka.awaitGroupAt(group, end, WAIT);
            firstRun = checksums(service);
            outboxRows = count(service, "messaging.outbox");
        }
        assertEquals("2", firstRun.get("current releases"), "both releases were promoted (one superseded)");

        kafka.commitGroupOffsets(group, start);
        try (ApplicationContext replay = ApplicationContext.run(new LinkedHashMap<>(properties), Environment.TEST)) {
            kafka.awaitGroupAt(group, kafka.endOffsets(SalaryTestSupport.INPUTS), WAIT);
            assertEquals(firstRun, checksums(replay), "every table byte-for-byte the same");
            assertEquals(outboxRows, count(replay, "messaging.outbox"), "no event published again");
        }
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

    private static Map<String, String> checksums(ApplicationContext context) {
        @SuppressWarnings("unchecked")
        TransactionOperations<Connection> tx = context.getBean(TransactionOperations.class);
        JdbcOperations jdbc = context.getBean(JdbcOperations.class);
        return tx.executeRead(status -> jdbc.execute(c -> {
            Map<String, String> sums = new LinkedHashMap<>();
            for (String table : List.of("release", "wage_estimate", "employment_projection")) {
                try (ResultSet rs = c.createStatement().executeQuery(
                    "SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM " + table + " t")) {
                    rs.next();
                    sums.put(table, rs.getString(1));
                }
            }
            try (ResultSet rs = c.createStatement().executeQuery(
                "SELECT count(*) FROM release WHERE status IN ('CURRENT', 'SUPERSEDED')")) {
                rs.next();
                sums.put("current releases", rs.getString(1));
            }
            return sums;
        }));
    }

    private static long count(ApplicationContext context, String table) {
        @SuppressWarnings("unchecked")
        TransactionOperations<Connection> tx = context.getBean(TransactionOperations.class);
        JdbcOperations jdbc = context.getBean(JdbcOperations.class);
        return tx.executeRead(status -> jdbc.execute(c -> {
            try (ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM " + table)) {
                rs.next();
                return rs.getLong(1);
            }
        }));
    }
}
