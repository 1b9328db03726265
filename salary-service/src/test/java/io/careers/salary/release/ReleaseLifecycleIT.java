package io.careers.salary.release;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.careers.contracts.OccupationRef;
import io.careers.contracts.Topics;
import io.careers.contracts.salary.WageEstimate;
import io.careers.salary.Estimates;
import io.careers.salary.SalaryIntegrationTest;
import io.careers.salary.ServiceHttp;
import io.careers.testkit.Eventually;
import io.careers.testkit.KafkaTestClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A release's way from PENDING to CURRENT, SUPERSEDED and HISTORICAL, as data teams drive it
 * through Kafka and readers see it through the API. The steps build on each other.
 */
@MicronautTest(transactional = false)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReleaseLifecycleIT extends SalaryIntegrationTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    static final String R2011 = "OEWS-2011-05-" + RUN;
    static final String R2013 = "OEWS-2013-05-" + RUN;
    static final String R2015 = "OEWS-2015-05-" + RUN;
    static final String R2016 = "OEWS-2016-05-" + RUN;
    static final OccupationRef HIT = new OccupationRef("29-2071", "Medical Records and Health Information Technicians", "2010");
    static final OccupationRef MA = new OccupationRef("31-9092", "Medical Assistants", "2010");
    static final OccupationRef NURSES = new OccupationRef("29-1141", "Registered Nurses", "2010");

    ReleaseLifecycleIT() {
        super("lifecycle");
    }

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    EmbeddedServer server;

    @Test
    @Order(1)
    void aReleasePublishedShuffledWithDuplicatesAndTheCompletionFirstIsPromotedExactlyOnce() throws IOException {
        List<WageEstimate> release = new ArrayList<>(List.of(
            Estimates.estimate(R2013, HIT, Estimates.US, 34970, 0),
            Estimates.estimate(R2013, HIT, Estimates.VIRGINIA, 36010, 0),
            Estimates.estimate(R2013, MA, Estimates.US, 29610, 0),
            Estimates.estimate(R2013, MA, Estimates.VIRGINIA, 30120, 0),
            Estimates.topCodedP90(Estimates.estimate(R2013, NURSES, Estimates.US, 66220, 0))));
        List<WageEstimate> shuffled = new ArrayList<>(release);
        shuffled.addAll(release.subList(0, 3));
        Collections.shuffle(shuffled, new Random(7));

        Estimates.complete(kafka, R2013, release.size());
        Estimates.publish(kafka, shuffled);
        awaitStatus(R2013, "CURRENT");

        JsonNode r = release(R2013);
        assertEquals(5, r.get("received").asInt());
        assertEquals(5, r.get("expected").asInt());
        assertEquals(1, promotions(R2013).size(), "promoted exactly once");
        JsonNode promoted = JSON.readTree(promotions(R2013).get(0).value());
        assertEquals(List.of("29-1141", "29-2071", "31-9092"), texts(promoted.get("changedOccupations")));
        assertTrue(promoted.get("previousReleaseId").isNull());

        JsonNode hit = get("/api/v1/occupations/29-2071");
        assertEquals(R2013, hit.at("/current/releaseId").asText());
        assertEquals("2013-05", hit.at("/current/referencePeriod").asText());
        assertEquals(34970, hit.at("/current/annual/median").asInt());
        assertEquals("16.81", hit.at("/current/hourly/median").asText());
    }

    @Test
    @Order(2)
    void aTopCodedFigureIsServedAsPublishedNeverEstimated() throws IOException {
        JsonNode nurses = get("/api/v1/occupations/29-1141");
        assertTrue(nurses.at("/current/annual/p90").isNull(), nurses.toString());
        assertEquals("TOP_CODED", nurses.at("/current/footnotes/annual.p90").asText());
        assertEquals(66220, nurses.at("/current/annual/median").asInt());
    }

    @Test
    @Order(3)
    void aPendingReleaseIsNeverShown() throws IOException {
        Estimates.publish(kafka, List.of(Estimates.estimate(R2016, HIT, Estimates.US, 41000, 0)));
        Eventually.await("R2016 registered", WAIT, () -> release(R2016) != null);
        JsonNode pending = release(R2016);
        assertEquals("PENDING", pending.get("status").asText());
        assertEquals("Waiting for the completion record on salary.releases.v1.", pending.get("note").asText());
        assertEquals(R2013, get("/api/v1/occupations/29-2071").at("/current/releaseId").asText());
        assertThrows(HttpClientResponseException.class, () -> get("/api/v1/occupations/29-2071/wages?period=2016-05"));
    }

    @Test
    @Order(4)
    void aNewerPeriodSupersedesTheCurrentReleaseAndOccupationsItLacksKeepTheirFigures() throws IOException {
        Estimates.publish(kafka, List.of(Estimates.estimate(R2015, HIT, Estimates.US, 37110, 0),
            Estimates.estimate(R2015, NURSES, Estimates.US, 67490, 0)));
        Estimates.complete(kafka, R2015, 2);
        awaitStatus(R2015, "CURRENT");
        assertEquals("SUPERSEDED", release(R2013).get("status").asText());

        JsonNode promoted = JSON.readTree(promotions(R2015).get(0).value());
        assertEquals(R2013, promoted.get("previousReleaseId").asText());
        assertEquals(List.of("29-1141", "29-2071"), texts(promoted.get("changedOccupations")));

        assertEquals(37110, get("/api/v1/occupations/29-2071").at("/current/annual/median").asInt());
        JsonNode assistants = get("/api/v1/occupations/31-9092");
        assertEquals(R2013, assistants.at("/current/releaseId").asText(), "missing from the current release: its latest figures");
        assertEquals("2013-05", assistants.at("/current/referencePeriod").asText());
    }

    @Test
    @Order(5)
    void anOlderPeriodCompletingLateIsHistoryAndDoesNotBecomeCurrent() throws IOException {
        Estimates.publish(kafka, List.of(Estimates.estimate(R2011, HIT, Estimates.US, 33310, 0)));
        Estimates.complete(kafka, R2011, 1);
        awaitStatus(R2011, "HISTORICAL");
        assertEquals("CURRENT", release(R2015).get("status").asText());
        assertEquals(R2015, get("/api/v1/occupations/29-2071").at("/current/releaseId").asText());
        assertTrue(publishedPromotions(R2011).isEmpty(), "history is not a promotion");

        JsonNode history = get("/api/v1/occupations/29-2071/wages/history");
        List<String> releases = new ArrayList<>();
        history.forEach(h -> releases.add(h.get("releaseId").asText()));
        assertEquals(List.of(R2015, R2013, R2011), releases);
        assertEquals(34970, get("/api/v1/occupations/29-2071/wages?period=2013-05").at("/annual/median").asInt());
        assertEquals(36010, get("/api/v1/occupations/29-2071/wages?area=5100000&period=2013-05").at("/annual/median").asInt());
    }

    @Test
    @Order(6)
    void aCorrectionReplacesTheFigureOnlyWithAHigherRevisionInAnyOrder() throws IOException {
        Estimates.publish(kafka, List.of(Estimates.estimate(R2015, HIT, Estimates.US, 37500, 2)));
        Estimates.publish(kafka, List.of(Estimates.estimate(R2015, HIT, Estimates.US, 37300, 1)));
        Eventually.await("the revision-2 correction", WAIT,
            () -> get("/api/v1/occupations/29-2071/wages").get("revision").asInt() == 2);
        int nurseEvents = statsEvents("29-1141").size();
        Estimates.publish(kafka, List.of(Estimates.estimate(R2015, NURSES, Estimates.US, 67000, 0)));
        Estimates.publish(kafka, List.of(Estimates.estimate(R2015, HIT, Estimates.US, 37300, 1)));
        awaitEverythingConsumed(WAIT);
        JsonNode wages = get("/api/v1/occupations/29-2071/wages");
        assertEquals(37500, wages.at("/annual/median").asInt(), "revision 1 arrived later and is ignored");
        assertEquals(67490, get("/api/v1/occupations/29-1141").at("/current/annual/median").asInt(),
            "an equal revision is ignored");
        JsonNode last = JSON.readTree(statsEvents("29-2071").get(statsEvents("29-2071").size() - 1).value());
        assertEquals(37500, last.at("/current/annual/median").asInt(), "the correction was announced");
        // statsEvents reads until the topic is quiet: an ignored estimate announces nothing.
        assertEquals(nurseEvents, statsEvents("29-1141").size(), "an ignored estimate announces nothing");
    }

    @Test
    @Order(7)
    void aCompletionCountThatNeverMatchesKeepsTheReleasePendingAndSaysSo() throws IOException {
        String tooMany = "OEWS-2017-05-" + RUN;
        Estimates.publish(kafka, List.of(Estimates.estimate(tooMany, HIT, Estimates.US, 40000, 0),
            Estimates.estimate(tooMany, MA, Estimates.US, 33000, 0)));
        Eventually.await("both estimates of " + tooMany, WAIT,
            () -> release(tooMany) != null && release(tooMany).get("received").asInt() == 2);
        Estimates.complete(kafka, tooMany, 1);
        Eventually.await("completion of " + tooMany, WAIT, () -> {
            JsonNode r = release(tooMany);
            return r != null && r.get("completionReceived").asBoolean() && r.get("received").asInt() == 2;
        });
        assertEquals("PENDING", release(tooMany).get("status").asText());
        assertTrue(release(tooMany).get("note").asText().startsWith("Holds 1 estimate more than the completion record announced (1)"));

        String tooFew = "OEWS-2018-05-" + RUN;
        Estimates.publish(kafka, List.of(Estimates.estimate(tooFew, HIT, Estimates.US, 40350, 0)));
        Estimates.complete(kafka, tooFew, 3);
        Eventually.await("completion and estimate of " + tooFew, WAIT, () -> release(tooFew) != null
            && release(tooFew).get("completionReceived").asBoolean() && release(tooFew).get("received").asInt() == 1);
        assertEquals("Waiting for 2 more estimates.", release(tooFew).get("note").asText());
        assertEquals(R2015, get("/api/v1/occupations/29-2071").at("/current/releaseId").asText());
    }

    @Test
    @Order(8)
    void aReleaseIsCompleteAtExactlyTheAnnouncedCountAndRefusesNewKeysAfterwards() throws IOException {
        String release = "OEWS-2019-05-" + RUN;
        Estimates.complete(kafka, release, 1);
        Estimates.publish(kafka, List.of(Estimates.estimate(release, MA, Estimates.US, 34800, 0)));
        awaitStatus(release, "CURRENT");
        var extra = kafka.send(Topics.WAGE_ESTIMATES, release + ":0000000:29-2071",
            Estimates.json(Estimates.estimate(release, HIT, Estimates.US, 40350, 0)));
        List<ConsumerRecord<byte[], byte[]>> letters = kafka.readUntil(Topics.deadLetterOf(Topics.WAGE_ESTIMATES),
            rs -> rs.stream().anyMatch(r -> Long.toString(extra.offset()).equals(KafkaTestClient.header(r, "dlt.original-offset"))
                && Integer.toString(extra.partition()).equals(KafkaTestClient.header(r, "dlt.original-partition"))), WAIT);
        String reason = letters.stream().filter(r -> Long.toString(extra.offset()).equals(KafkaTestClient.header(r, "dlt.original-offset"))
                && Integer.toString(extra.partition()).equals(KafkaTestClient.header(r, "dlt.original-partition")))
            .map(r -> KafkaTestClient.header(r, "dlt.reason")).findFirst().orElseThrow();
        assertTrue(reason.startsWith("release " + release + " is already CURRENT: it cannot take an estimate with a new key"), reason);
        assertEquals(1, release(release).get("received").asInt());
        assertEquals(R2015, get("/api/v1/occupations/29-2071").at("/current/releaseId").asText(),
            "29-2071 is not in the new current release: it keeps its latest figures");
    }

    @Test
    @Order(9)
    void unknownOccupationsAndBadParametersAreProblems() {
        HttpClientResponseException unknown = assertThrows(HttpClientResponseException.class,
            () -> get("/api/v1/occupations/99-9999"));
        assertEquals(404, unknown.getStatus().getCode());
        assertEquals("application/problem+json", unknown.getResponse().getContentType().orElseThrow().toString());
        HttpClientResponseException bad = assertThrows(HttpClientResponseException.class,
            () -> get("/api/v1/occupations/292071/wages?area=US&period=May"));
        assertEquals(400, bad.getStatus().getCode());
        String body = bad.getResponse().getBody(String.class).orElseThrow();
        assertTrue(body.contains("\"field\":\"soc\"") && body.contains("\"field\":\"area\"") && body.contains("\"field\":\"period\""), body);
    }

    @Test
    @Order(10)
    void severalOccupationsAtOnceNameTheMissingOnes() throws IOException {
        JsonNode several = get("/api/v1/occupations?codes=29-2071,31-9092,99-9999");
        assertEquals(2, several.get("occupations").size());
        assertEquals("29-2071", several.at("/occupations/0/code").asText());
        assertEquals(List.of("99-9999"), texts(several.get("missing")));
    }

    @Test
    @Order(11)
    void severalOccupationsAsOfAnEarlierReleaseForAPageThatShowsIt() {
        // The gateway asks for the release an article's text shows, so the page does not mix two.
        JsonNode asOf2013 = get("/api/v1/occupations?codes=29-2071,31-9092&release=" + R2013);
        assertEquals(R2013, asOf2013.at("/occupations/0/current/releaseId").asText());
        assertEquals(34970, asOf2013.at("/occupations/0/current/annual/median").asInt());
        assertEquals(R2013, asOf2013.at("/occupations/1/current/releaseId").asText());
        JsonNode unknown = get("/api/v1/occupations?codes=29-2071&release=OEWS-1999-05-" + RUN);
        assertEquals(get("/api/v1/occupations/29-2071").get("current"), unknown.at("/occupations/0/current"),
            "a release without the occupation leaves its current figures");
        HttpClientResponseException bad = assertThrows(HttpClientResponseException.class,
            () -> get("/api/v1/occupations?codes=29-2071&release=OEWS%202013"));
        assertTrue(bad.getResponse().getBody(String.class).orElseThrow().contains("\"field\":\"release\""));
    }

    private JsonNode get(String path) {
        try {
            return JSON.readTree(http.toBlocking().retrieve(path));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode release(String releaseId) {
        return new ServiceHttp(server.getURI()).release(releaseId);
    }

    private void awaitStatus(String releaseId, String status) {
        new ServiceHttp(server.getURI()).awaitStatus(releaseId, status, WAIT);
    }

    /** Waits for the relay to publish the release's promotion, then returns every one published. */
    private List<ConsumerRecord<byte[], byte[]>> promotions(String releaseId) {
        Eventually.await("ReleasePromoted for " + releaseId, WAIT, () -> !publishedPromotions(releaseId).isEmpty());
        return publishedPromotions(releaseId);
    }

    private List<ConsumerRecord<byte[], byte[]>> publishedPromotions(String releaseId) {
        return kafka.readAll(Topics.RELEASE_EVENTS, Duration.ofMillis(500)).stream()
            .filter(r -> releaseId.equals(KafkaTestClient.text(r.key()))).toList();
    }

    private List<ConsumerRecord<byte[], byte[]>> statsEvents(String soc) {
        return kafka.readAll(Topics.OCCUPATION_STATS, Duration.ofMillis(500)).stream()
            .filter(r -> soc.equals(KafkaTestClient.text(r.key())) && KafkaTestClient.text(r.value()).contains(RUN))
            .toList();
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }
}
