package io.careers.salary.release;

import com.fasterxml.jackson.databind.JsonNode;
import io.careers.contracts.OccupationRef;
import io.careers.contracts.Topics;
import io.careers.contracts.salary.ReleaseCompletion;
import io.careers.salary.Estimates;
import io.careers.salary.SalaryIntegrationTest;
import io.careers.salary.ServiceHttp;
import io.careers.testkit.Eventually;
import io.careers.testkit.KafkaTestClient;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A release published in parts by separate jobs, as BLS ships it (national, state, metropolitan and
 * nonmetropolitan files): it stays PENDING, and readers keep the previous release, until the last
 * part's estimates and completion record are in, however the parts arrive.
 */
@MicronautTest(transactional = false)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReleasePartsIT extends SalaryIntegrationTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String R2013 = "OEWS-2013-05-" + RUN;
    private static final String R2014 = "OEWS-2014-05-" + RUN;
    private static final List<String> PARTS = List.of("national", "state");
    private static final OccupationRef HIT = new OccupationRef("29-2071", "Medical Records and Health Information Technicians", "2010");
    private static final OccupationRef MA = new OccupationRef("31-9092", "Medical Assistants", "2010");
    private static final OccupationRef NURSES = new OccupationRef("29-1141", "Registered Nurses", "2010");

    ReleasePartsIT() {
        super("parts");
    }

    @Inject
    EmbeddedServer server;

    private ServiceHttp http() {
        return new ServiceHttp(server.getURI());
    }

    private int currentMedian() {
        return http().get("/api/v1/occupations/29-2071").at("/current/annual/median").asInt();
    }

    @Test
    @Order(1)
    void aReleaseInOneStepIsTheCurrentOne() {
        Estimates.publish(kafka, List.of(Estimates.estimate(R2013, HIT, Estimates.US, 34970, 0)));
        Estimates.complete(kafka, R2013, 1);
        http().awaitStatus(R2013, "CURRENT", WAIT);
        JsonNode release = http().get("/api/v1/releases/" + R2013);
        assertEquals(List.of("all"), texts(release.get("parts")), "a release in one step has one part");
    }

    @Test
    @Order(2)
    void aReleaseInPartsIsNeverShownBeforeItsLastPartAndARepeatedPartCountsOnce() {
        // The national job runs first and says so, twice; the state job's estimates follow.
        Estimates.publishPart(kafka, List.of(Estimates.estimate(R2014, HIT, Estimates.US, 35760, 0),
            Estimates.estimate(R2014, MA, Estimates.US, 30290, 0)), "national");
        Estimates.completePart(kafka, R2014, 2, "national", PARTS);
        Estimates.completePart(kafka, R2014, 2, "national", PARTS);
        awaitEverythingConsumed(WAIT);
        JsonNode pending = http().get("/api/v1/releases/" + R2014);
        assertEquals("PENDING", pending.get("status").asText());
        assertEquals(List.of("national"), texts(pending.get("partsReceived")));
        assertTrue(pending.get("expected").isNull(), "no count before every part is in: " + pending);
        assertTrue(pending.get("note").asText().startsWith("Waiting for the completion record of part state"),
            pending.get("note").asText());
        assertEquals(34970, currentMedian(), "readers keep the previous release");

        Estimates.publishPart(kafka, List.of(Estimates.estimate(R2014, HIT, Estimates.VIRGINIA, 36490, 0),
            Estimates.estimate(R2014, MA, Estimates.VIRGINIA, 31000, 0)), "state");
        awaitEverythingConsumed(WAIT);
        assertEquals("PENDING", http().get("/api/v1/releases/" + R2014).get("status").asText(),
            "every estimate is in, but the state part's completion record is not");
        assertEquals(34970, currentMedian());

        Estimates.completePart(kafka, R2014, 2, "state", PARTS);
        http().awaitStatus(R2014, "CURRENT", WAIT);
        JsonNode current = http().get("/api/v1/releases/" + R2014);
        assertEquals(4, current.get("expected").asInt(), "the sum of the parts, the repeated part counted once");
        assertEquals(List.of("national", "state"), texts(current.get("partsReceived")));
        assertEquals(35760, currentMedian());
    }

    @Test
    @Order(3)
    void aCompletionThatChangesWhatTheReleasePromisedIsDeadLetteredWithItsReason() {
        List<RecordMetadata> sent = new ArrayList<>();
        sent.add(kafka.send(Topics.RELEASES, R2014, Estimates.json(
            ReleaseCompletion.part(R2014, "2014-05", 2, "metro", List.of("national", "state", "metro")))));
        sent.add(kafka.send(Topics.RELEASES, R2014, Estimates.json(
            ReleaseCompletion.part(R2014, "2014-05", 3, "state", PARTS))));
        sent.add(kafka.send(Topics.RELEASES, R2014, Estimates.json(
            ReleaseCompletion.whole(R2014, "2014-05", 4))));
        sent.add(kafka.send(Topics.WAGE_ESTIMATES, R2014 + ":0000000:29-1141",
            Estimates.json(Estimates.estimate(R2014, NURSES, Estimates.US, 66220, 0)).getBytes(StandardCharsets.UTF_8),
            Map.of(ReleaseCompletion.PART_HEADER, "state")));
        List<String> reasons = sent.stream().map(this::deadLetterReason).toList();
        assertTrue(reasons.get(0).startsWith("parts: [metro, national, state] disagrees with [national, state]"), reasons.get(0));
        assertTrue(reasons.get(1).startsWith("estimateCount: release " + R2014 + " is already CURRENT with 4 estimates; "
            + "a completion record cannot change the count of part 'state' to 3"), reasons.get(1));
        assertTrue(reasons.get(2).startsWith("parts: [all] disagrees with [national, state]"), reasons.get(2));
        assertTrue(reasons.get(3).startsWith("release " + R2014 + " is already CURRENT: it cannot take an estimate with a new key"),
            reasons.get(3));
        assertEquals(4, http().get("/api/v1/releases/" + R2014).get("expected").asInt());

        // The data team sees them on the release, without a Kafka client.
        Eventually.await("the four rejections noted", WAIT,
            () -> http().get("/api/v1/releases/" + R2014).get("rejected").asInt() == 4);
        JsonNode release = http().get("/api/v1/releases/" + R2014);
        // Two topics are consumed side by side: the order of rejections across them is not fixed.
        List<String> noted = new ArrayList<>();
        release.get("rejections").forEach(r -> noted.add(r.get("topic").asText() + " " + r.get("recordKey").asText() + " "
            + r.get("reason").asText()));
        assertTrue(noted.contains(Topics.RELEASES + " " + R2014 + " " + reasons.get(0)), noted.toString());
        assertTrue(noted.contains(Topics.WAGE_ESTIMATES + " " + R2014 + ":0000000:29-1141 " + reasons.get(3)), noted.toString());
        assertTrue(http().get("/api/v1/releases").get(0).get("rejected").isNull(), "lists leave the rejections out");
        List<String> byPart = new ArrayList<>();
        release.get("partCounts").forEach(p -> byPart.add(p.get("part").asText() + " expected " + p.get("expected").asText()
            + ", received " + p.get("received").asText() + ", rejected " + p.get("rejected").asText()));
        assertEquals(List.of("national expected 2, received 2, rejected 0", "state expected 2, received 2, rejected 1"),
            byPart);
    }

    @Test
    @Order(4)
    void anUnknownReleaseIsAProblem() {
        assertEquals(404, http().status("/api/v1/releases/OEWS-1999-05-" + RUN));
    }

    private String deadLetterReason(RecordMetadata original) {
        List<ConsumerRecord<byte[], byte[]>> letters = kafka.readUntil(Topics.deadLetterOf(original.topic()),
            rs -> rs.stream().anyMatch(r -> isLetterOf(r, original)), WAIT);
        return letters.stream().filter(r -> isLetterOf(r, original))
            .map(r -> KafkaTestClient.header(r, "dlt.reason")).findFirst().orElseThrow();
    }

    private static boolean isLetterOf(ConsumerRecord<byte[], byte[]> letter, RecordMetadata original) {
        return Long.toString(original.offset()).equals(KafkaTestClient.header(letter, "dlt.original-offset"))
            && Integer.toString(original.partition()).equals(KafkaTestClient.header(letter, "dlt.original-partition"));
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
