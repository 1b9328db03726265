package io.careers.salary.estimate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.careers.contracts.OccupationRef;
import io.careers.contracts.Topics;
import io.careers.contracts.salary.ReleaseCompletion;
import io.careers.contracts.salary.WageEstimate;
import io.careers.salary.Estimates;
import io.careers.salary.SalaryIntegrationTest;
import io.careers.testkit.KafkaTestClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every kind of bad record goes to the dead-letter topic with its bytes unchanged and a reason a
 * data engineer can act on, and the stream goes on.
 */
@MicronautTest(transactional = false)
class BadInputIT extends SalaryIntegrationTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String RELEASE = "OEWS-2013-05-" + RUN;
    private static final OccupationRef HIT = new OccupationRef("29-2071", "Medical Records and Health Information Technicians", "2010");
    private static final ObjectMapper TREE = new ObjectMapper();
    private static final String GOOD = Estimates.json(Estimates.estimate(RELEASE, HIT, Estimates.US, 34970, 0));
    private static final String KEY = RELEASE + ":0000000:29-2071";

    BadInputIT() {
        super("bad_input");
    }

    @Inject
    @Client("/")
    HttpClient http;

    static Stream<Arguments> badEstimates() {
        return Stream.of(
            Arguments.of("not JSON", KEY, "{\"releaseId\": OEWS", "the value is not valid JSON"),
            Arguments.of("a JSON array", KEY, "[1, 2]", "the value must be a JSON object, was array"),
            Arguments.of("wrong types", KEY, GOOD.replace("\"revision\":0", "\"revision\":\"zero\"")
                .replace("\"employment\":214970", "\"employment\":\"many\""), "employment: string found, [integer, null] expected"),
            Arguments.of("a missing required field", KEY, GOOD.replace("\"referencePeriod\":\"2013-05\",", ""),
                "referencePeriod: is required"),
            Arguments.of("a bad SOC code", RELEASE + ":0000000:292071", GOOD.replace("\"29-2071\"", "\"292071\""),
                "occupation.code: does not match the regex pattern"),
            Arguments.of("a bad area code", RELEASE + ":US:29-2071", GOOD.replace("\"0000000\"", "\"US\""),
                "area.code: does not match the regex pattern"),
            Arguments.of("a bad period", KEY, GOOD.replace("\"2013-05\"", "\"May 2013\""),
                "referencePeriod: does not match the regex pattern"),
            Arguments.of("unordered percentiles", KEY, mutate(GOOD, d -> annual(d).put("p25", 45000)),
                "wages.annual.median: 34970 is below annual.p25 45000"),
            Arguments.of("a negative wage", KEY, mutate(GOOD, d -> annual(d).put("mean", -5)),
                "wages.annual.mean: must have a minimum value of 0"),
            Arguments.of("a key that disagrees with the value", RELEASE + ":0000000:31-9092", GOOD,
                "key: '" + RELEASE + ":0000000:31-9092' disagrees with the value"),
            Arguments.of("no key", null, GOOD, "key: missing"),
            Arguments.of("a number for a top-coded measure", KEY,
                GOOD.replace("\"footnotes\":{}", "\"footnotes\":{\"annual.p90\":\"TOP_CODED\"}"),
                "footnotes.annual.p90: the measure is TOP_CODED, so it must have no number"),
            Arguments.of("an unknown footnote", KEY,
                GOOD.replace("\"footnotes\":{}", "\"footnotes\":{\"annual.p99\":\"GUESSED\"}"), "footnotes"),
            Arguments.of("a tombstone", KEY, null, "tombstone"));
    }

    private static String mutate(String json, java.util.function.Consumer<ObjectNode> change) {
        try {
            ObjectNode document = (ObjectNode) TREE.readTree(json);
            change.accept(document);
            return TREE.writeValueAsString(document);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode annual(ObjectNode document) {
        return (ObjectNode) document.get("wages").get("annual");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badEstimates")
    void badEstimateIsDeadLetteredWithAReason(String what, String key, String value, String reason) {
        byte[] bytes = value == null ? null : value.getBytes(StandardCharsets.UTF_8);
        RecordMetadata sent = kafka.send(Topics.WAGE_ESTIMATES, key, bytes, Map.of());
        ConsumerRecord<byte[], byte[]> letter = deadLetter(Topics.WAGE_ESTIMATES, sent);
        assertTrue(KafkaTestClient.header(letter, "dlt.reason").contains(reason),
            what + ": " + KafkaTestClient.header(letter, "dlt.reason"));
        assertArrayEquals(bytes, letter.value());
    }

    @Test
    void anEstimateNamingABadPartIsDeadLettered() {
        RecordMetadata sent = kafka.send(Topics.WAGE_ESTIMATES, KEY, GOOD.getBytes(StandardCharsets.UTF_8),
            Map.of(ReleaseCompletion.PART_HEADER, "State Files"));
        assertEquals("header careers.release-part: must be a release part name of 1 to 32 lowercase letters, digits or '-', "
            + "e.g. state; was 'State Files'", KafkaTestClient.header(deadLetter(Topics.WAGE_ESTIMATES, sent), "dlt.reason"));
    }

    @Test
    void aTwoMegabyteRecordIsDeadLettered() {
        byte[] big = new byte[2 * 1024 * 1024];
        Arrays.fill(big, (byte) ' ');
        RecordMetadata sent = kafka.send(Topics.WAGE_ESTIMATES, KEY, big, Map.of());
        assertTrue(KafkaTestClient.header(deadLetter(Topics.WAGE_ESTIMATES, sent), "dlt.reason")
            .contains("more than the limit of 1048576 bytes"));
    }

    @Test
    void unknownFieldsAreIgnoredAndTheStreamGoesOnAfterBadRecords() {
        String release = "OEWS-2014-05-" + RUN;
        WageEstimate estimate = Estimates.estimate(release, HIT, Estimates.US, 35000, 0);
        kafka.send(Topics.WAGE_ESTIMATES, estimate.key(), "{oops");
        kafka.send(Topics.WAGE_ESTIMATES, estimate.key(),
            Estimates.json(estimate).replace("{\"releaseId\"", "{\"comesFromTool\":\"v2\",\"releaseId\""));
        Estimates.complete(kafka, release, 1);
        io.careers.testkit.Eventually.await(release + " current", WAIT,
            () -> http.toBlocking().retrieve("/api/v1/releases").contains("\"releaseId\":\"" + release + "\",\"referencePeriod\":\"2014-05\",\"survey\":\"OEWS\",\"status\":\"CURRENT\""));
    }

    @Test
    void anEstimateWhosePeriodDisagreesWithItsReleaseIsDeadLettered() {
        String release = "OEWS-2012-05-" + RUN;
        Estimates.publish(kafka, List.of(Estimates.estimate(release, HIT, Estimates.US, 34160, 0)));
        io.careers.testkit.Eventually.await(release + " registered", WAIT,
            () -> http.toBlocking().retrieve("/api/v1/releases").contains("\"releaseId\":\"" + release + "\""));
        WageEstimate other = Estimates.estimate(release, new OccupationRef("31-9092", "Medical Assistants", "2010"),
            Estimates.US, 29370, 0);
        String wrongPeriod = Estimates.json(other).replace("\"2012-05\"", "\"2012-06\"");
        RecordMetadata sent = kafka.send(Topics.WAGE_ESTIMATES, other.key(), wrongPeriod);
        assertEquals("referencePeriod: 2012-06 disagrees with release " + release + ", whose estimates are for 2012-05",
            KafkaTestClient.header(deadLetter(Topics.WAGE_ESTIMATES, sent), "dlt.reason"));
    }

    @Test
    void badCompletionRecordsAreDeadLettered() {
        RecordMetadata wrongKey = kafka.send(Topics.RELEASES, "OEWS-1999-05",
            "{\"releaseId\":\"OEWS-2013-05\",\"referencePeriod\":\"2013-05\",\"survey\":\"OEWS\",\"estimateCount\":830,\"status\":\"COMPLETE\"}");
        assertTrue(KafkaTestClient.header(deadLetter(Topics.RELEASES, wrongKey), "dlt.reason")
            .contains("key: 'OEWS-1999-05' disagrees with the value"));
        RecordMetadata zero = kafka.send(Topics.RELEASES, "OEWS-2013-05",
            "{\"releaseId\":\"OEWS-2013-05\",\"referencePeriod\":\"2013-05\",\"survey\":\"OEWS\",\"estimateCount\":0,\"status\":\"DONE\"}");
        String reason = KafkaTestClient.header(deadLetter(Topics.RELEASES, zero), "dlt.reason");
        assertTrue(reason.contains("estimateCount: must have a minimum value of 1") && reason.contains("status"), reason);
    }

    @Test
    void badProjectionsAreDeadLettered() {
        RecordMetadata reversed = kafka.send(Topics.EMPLOYMENT_PROJECTIONS, "2022-2012:29-2071",
            "{\"projectionPeriod\":\"2022-2012\",\"baseYear\":2022,\"targetYear\":2012,"
                + "\"occupation\":{\"code\":\"29-2071\",\"title\":\"Medical Records and Health Information Technicians\"}}");
        assertTrue(KafkaTestClient.header(deadLetter(Topics.EMPLOYMENT_PROJECTIONS, reversed), "dlt.reason")
            .contains("targetYear: 2012 must be after baseYear 2022"));
    }

    private ConsumerRecord<byte[], byte[]> deadLetter(String topic, RecordMetadata original) {
        String offset = Long.toString(original.offset());
        String partition = Integer.toString(original.partition());
        List<ConsumerRecord<byte[], byte[]>> letters = kafka.readUntil(Topics.deadLetterOf(topic), rs -> rs.stream()
            .anyMatch(r -> offset.equals(KafkaTestClient.header(r, "dlt.original-offset"))
                && partition.equals(KafkaTestClient.header(r, "dlt.original-partition"))), WAIT);
        return letters.stream().filter(r -> offset.equals(KafkaTestClient.header(r, "dlt.original-offset"))
                && partition.equals(KafkaTestClient.header(r, "dlt.original-partition"))).findFirst()
            .orElseThrow(() -> new AssertionError("no dead letter for " + topic + "-" + partition + "@" + offset));
    }
}
