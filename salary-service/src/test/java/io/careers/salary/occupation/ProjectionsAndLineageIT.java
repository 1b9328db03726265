package io.careers.salary.occupation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.careers.contracts.OccupationRef;
import io.careers.contracts.Topics;
import io.careers.contracts.salary.EmploymentProjection;
import io.careers.contracts.salary.SocCrosswalkLink;
import io.careers.salary.Estimates;
import io.careers.salary.SalaryIntegrationTest;
import io.careers.testkit.Eventually;
import io.careers.testkit.KafkaTestClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Projections (the latest target year is current) and SOC lineage, through Kafka and the API. */
@MicronautTest(transactional = false)
class ProjectionsAndLineageIT extends SalaryIntegrationTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RUN = java.util.UUID.randomUUID().toString().substring(0, 8);
    private static final OccupationRef MA = new OccupationRef("31-9092", "Medical Assistants", "2010");

    ProjectionsAndLineageIT() {
        super("projections");
    }

    @Inject
    @Client("/")
    HttpClient http;

    private static EmploymentProjection projection(String period, long base, long projected, String percent) {
        int from = Integer.parseInt(period.substring(0, 4));
        int to = Integer.parseInt(period.substring(5));
        return new EmploymentProjection(period, from, to, MA, base, projected, new BigDecimal(percent), null,
            "Postsecondary nondegree award (" + RUN + ")");
    }

    @Test
    void theProjectionWithTheLatestTargetYearIsCurrentAndAChangeIsAnnounced() throws IOException {
        Estimates.project(kafka, projection("2012-2022", 560800, 723700, "29"));
        Estimates.project(kafka, projection("2019-2029", 725200, 864700, "19"));
        Estimates.project(kafka, projection("2010-2020", 527600, 690400, "31"));
        awaitEverythingConsumed(WAIT);
        Eventually.await("an event with the 2019-2029 projection", WAIT, () -> announces("2019-2029"));
        JsonNode assistants = get("/api/v1/occupations/31-9092");
        assertEquals("2019-2029", assistants.at("/projection/period").asText());
        assertEquals(19, assistants.at("/projection/percentChange").asInt());
        assertTrue(assistants.get("current").isNull(), "no release has it yet");

        long events = statsEvents().size();
        Estimates.project(kafka, projection("2019-2029", 725200, 864700, "19"));
        Estimates.project(kafka, projection("2020-2030", 743500, 876600, "18"));
        awaitEverythingConsumed(WAIT);
        Eventually.await("an event with the 2020-2030 projection", WAIT, () -> announces("2020-2030"));
        assertEquals("2020-2030", get("/api/v1/occupations/31-9092").at("/projection/period").asText());
        assertEquals(events + 1, statsEvents().size(), "the unchanged 2019-2029 record announced nothing");
    }

    private static OccupationRef soc(String code, String title, String version) {
        return new OccupationRef(code, title, version);
    }

    private void link(OccupationRef from, OccupationRef to) {
        SocCrosswalkLink link = new SocCrosswalkLink(from, to);
        kafka.send(Topics.SOC_CROSSWALK, link.key(), Estimates.json(link));
    }

    @Test
    void aSplitCodeNamesEverySuccessorTheCrosswalkNamesAndTheSuccessorsNameIt() {
        assertEquals(List.of(), codes(get("/api/v1/occupations/29-2071").at("/lineage/successors")),
            "no lineage before a crosswalk is published");
        OccupationRef hit = soc("29-2071", "Medical Records and Health Information Technicians", "2010");
        link(hit, soc("29-2072", "Medical Records Specialists", "2018"));
        link(hit, soc("29-9021", "Health Information Technologists and Medical Registrars", "2018"));
        link(soc("29-1111", "Registered Nurses", "2000"), soc("29-1141", "Registered Nurses", "2010"));
        awaitEverythingConsumed(WAIT);

        JsonNode old = get("/api/v1/occupations/29-2071");
        assertEquals("Medical Records and Health Information Technicians", old.get("title").asText());
        assertEquals(List.of("29-2072", "29-9021"), codes(old.at("/lineage/successors")));
        assertEquals("2018", old.at("/lineage/successors/0/socVersion").asText());
        assertEquals(List.of("29-2071"), codes(get("/api/v1/occupations/29-9021").at("/lineage/predecessors")));
        JsonNode nurses = get("/api/v1/occupations/29-1141");
        assertEquals(List.of("29-1111"), codes(nurses.at("/lineage/predecessors")));
        Eventually.await("29-2071 and 29-2072 announced with their new lineage", WAIT,
            () -> lineageEvents().stream().anyMatch(v -> v.contains("\"successors\":[{\"code\":\"29-2072\""))
                && lineageEvents().stream().anyMatch(v -> v.contains("\"predecessors\":[{\"code\":\"29-2071\"")));

        // The same link again changes nothing; a link to an older revision is refused with its reason.
        int announced = lineageEvents().size();
        link(hit, soc("29-2072", "Medical Records Specialists", "2018"));
        var backwards = kafka.send(Topics.SOC_CROSSWALK, "2018:29-2072:2010:29-2071", Estimates.json(
            new SocCrosswalkLink(soc("29-2072", "Medical Records Specialists", "2018"), hit)));
        awaitEverythingConsumed(WAIT);
        assertEquals(announced, lineageEvents().size(), "nothing announced again");
        String reason = kafka.readUntil(Topics.deadLetterOf(Topics.SOC_CROSSWALK), rs -> rs.stream().anyMatch(r ->
                isLetterOf(r, backwards)), WAIT).stream().filter(r -> isLetterOf(r, backwards))
            .map(r -> KafkaTestClient.header(r, "dlt.reason")).findFirst().orElseThrow();
        assertEquals("to.socVersion: 2010 is not a newer revision than from.socVersion 2018; a crosswalk maps a code to "
            + "its successor", reason);
    }

    /** @return the values of the stats events of 29-2071 and 29-2072 published so far (read until quiet) */
    private List<String> lineageEvents() {
        return kafka.readAll(Topics.OCCUPATION_STATS, Duration.ofMillis(500)).stream()
            .filter(r -> List.of("29-2071", "29-2072").contains(KafkaTestClient.text(r.key())))
            .map(r -> KafkaTestClient.text(r.value())).toList();
    }

    private static boolean isLetterOf(org.apache.kafka.clients.consumer.ConsumerRecord<byte[], byte[]> letter,
                                      org.apache.kafka.clients.producer.RecordMetadata original) {
        return Long.toString(original.offset()).equals(KafkaTestClient.header(letter, "dlt.original-offset"))
            && Integer.toString(original.partition()).equals(KafkaTestClient.header(letter, "dlt.original-partition"));
    }

    private boolean announces(String currentPeriod) {
        return statsEvents().stream().anyMatch(r -> KafkaTestClient.text(r.value())
            .contains("\"projection\":{\"period\":\"" + currentPeriod + "\""));
    }

    private List<org.apache.kafka.clients.consumer.ConsumerRecord<byte[], byte[]>> statsEvents() {
        return kafka.readAll(Topics.OCCUPATION_STATS, Duration.ofMillis(300)).stream()
            .filter(r -> "31-9092".equals(KafkaTestClient.text(r.key())) && KafkaTestClient.text(r.value()).contains(RUN))
            .toList();
    }

    private JsonNode get(String path) {
        try {
            return JSON.readTree(http.toBlocking().retrieve(path));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> codes(JsonNode refs) {
        List<String> codes = new ArrayList<>();
        refs.forEach(r -> codes.add(r.get("code").asText()));
        return codes;
    }
}
