package io.careers.articles.figure;

import io.careers.articles.ArticlesApi;
import io.careers.articles.ArticlesApi.Answer;
import io.careers.articles.ArticlesTestSupport;
import io.careers.articles.SalaryEvents;
import io.careers.contracts.Topics;
import io.careers.contracts.salary.Footnote;
import io.careers.contracts.salary.NationalFigures;
import io.careers.contracts.salary.OccupationStatsChanged;
import io.careers.testkit.Eventually;
import io.careers.testkit.KafkaTestClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Figures in published articles follow salary.occupation-stats.v1, with no call to salary-service. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FiguresIT implements TestPropertyProvider {
    private static final String TITLE = "Medical Assistants";
    private final KafkaTestClient kafka = KafkaTestClient.forTests();

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    ObjectMapper json;

    ArticlesApi api;
    SalaryEvents salary;
    private String consumerGroup;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = ArticlesTestSupport.properties("figures", kafka);
        consumerGroup = properties.get("messaging.consumer.group-id");
        return properties;
    }

    @BeforeAll
    void setUp() {
        api = new ArticlesApi(http);
        salary = new SalaryEvents(kafka, json);
    }

    @AfterAll
    void close() {
        kafka.close();
    }

    @Test
    void aPublishedFigureChangesWithItsEvent() {
        NationalFigures may2012 = SalaryEvents.release("2012-05", 560_800, 29_370);
        salary.stats("31-9092", TITLE, List.of(may2012), SalaryEvents.projection("2012-2022", 29.0), List.of());
        awaitKnown("31-9092");
        String id = api.createOk(ArticlesApi.article(TITLE, "medical-assistants",
            "In {{period:31-9092}} the median was {{wage:31-9092:annual.median}}; in May 2012 it was "
                + "{{wage:31-9092:annual.median@2012-05}}. Growth: {{projection:31-9092:percentChange}}.", "31-9092"));
        api.publishNow(id);
        assertEquals("<p>In May 2012 the median was $29,370; in May 2012 it was $29,370. Growth: 29%.</p>\n",
            api.liveHtml("medical-assistants"));

        NationalFigures may2013 = SalaryEvents.release("2013-05", 584_970, 29_610);
        long sent = System.nanoTime();
        salary.stats("31-9092", TITLE, List.of(may2013, may2012), SalaryEvents.projection("2012-2022", 29.0), List.of());
        // How fast is a benchmark's question (docs/benchmarks.md); here only that it follows.
        Eventually.await("the article shows May 2013", Duration.ofSeconds(10),
            () -> api.liveHtml("medical-assistants").contains("$29,610"));
        long millis = (System.nanoTime() - sent) / 1_000_000;
        assertEquals("<p>In May 2013 the median was $29,610; in May 2012 it was $29,370. Growth: 29%.</p>\n",
            api.liveHtml("medical-assistants"), "the pinned token keeps its period (" + millis + " ms)");
        Answer live = api.bySlug("medical-assistants");
        assertEquals(3, live.body().get("citations").size(), live.body().get("citations").toString());
        assertEquals("OEWS-2013-05", live.body().get("citations").get(0).get("releaseId").asText());
    }

    @Test
    void anOlderOrRepeatedEventChangesNothing() {
        NationalFigures may2020 = SalaryEvents.release("2020-05", 100_000, 40_000);
        salary.stats("29-1141", "Registered Nurses", List.of(SalaryEvents.release("2021-05", 3_047_530, 77_600), may2020), null,
            List.of());
        awaitKnown("29-1141");
        String id = api.createOk(ArticlesApi.article("Registered Nurses", "registered-nurses",
            "Median {{wage:29-1141:annual.median}}, top {{wage:29-1141:annual.p90}}.", "29-1141"));
        api.publishNow(id);
        Eventually.await("the figure shows", Duration.ofSeconds(10), () -> api.liveHtml("registered-nurses").contains("$77,600"));

        NationalFigures topCoded = SalaryEvents.withFootnotes(SalaryEvents.release("2022-05", 3_130_600, 81_220),
            Map.of("annual.p90", Footnote.TOP_CODED));
        OccupationStatsChanged newest = salary.stats("29-1141", "Registered Nurses", List.of(topCoded), null, List.of());
        Eventually.await("the newest event shows", Duration.ofSeconds(10),
            () -> api.liveHtml("registered-nurses").contains("$81,220"));
        String shown = "<p>Median $81,220, top $239,200 or more.</p>\n";
        assertEquals(shown, api.liveHtml("registered-nurses"));

        // The same event again (a redelivery), another one of the same instant and one that occurred
        // earlier (a late redelivery or a replay): none may change what the newest event set.
        salary.send(newest);
        salary.send(new OccupationStatsChanged(UUID.randomUUID(), newest.eventType(), newest.occurredAt(),
            newest.schemaVersion(), newest.occupation(), may2020, List.of(may2020), null, newest.lineage()));
        kafka.send(Topics.OCCUPATION_STATS, "29-1141", olderEventFor("29-1141", may2020));
        kafka.awaitGroupAt(consumerGroup, kafka.endOffsets(ArticlesTestSupport.INPUTS), Duration.ofSeconds(30));
        assertEquals(shown, api.liveHtml("registered-nurses"), "every record was consumed, and none changed the figures");
    }

    @Test
    void aBrokenEventGoesToTheDeadLetterTopicAndTheStreamGoesOn() {
        kafka.send(Topics.OCCUPATION_STATS, "15-1252", "{\"eventType\": \"OccupationStatsChanged\", \"occupation\": 7");
        kafka.send(Topics.OCCUPATION_STATS, "15-9999", olderEventFor("15-1252", SalaryEvents.release("2023-05", 1, 1)));
        salary.stats("15-1252", "Software Developers", List.of(SalaryEvents.release("2023-05", 1_534_790, 132_270)), null,
            List.of());
        awaitKnown("15-1252");
        List<ConsumerRecord<byte[], byte[]>> dead = kafka.readUntil(Topics.deadLetterOf(Topics.OCCUPATION_STATS),
            records -> records.stream().filter(r -> List.of("15-1252", "15-9999").contains(KafkaTestClient.text(r.key()))).count() >= 2,
            Duration.ofSeconds(20));
        List<String> reasons = dead.stream().filter(r -> List.of("15-1252", "15-9999").contains(KafkaTestClient.text(r.key())))
            .map(r -> KafkaTestClient.header(r, "dlt.reason")).toList();
        assertEquals(2, reasons.size());
        assertTrue(reasons.get(0).contains("not valid JSON") || reasons.get(1).contains("not valid JSON"), reasons.toString());
        assertTrue(reasons.stream().anyMatch(r -> r.contains("whose occupation.code is 15-1252")), reasons.toString());
    }

    private String olderEventFor(String code, NationalFigures figures) {
        return """
            {"eventId": "00000000-0000-4000-8000-000000000001", "eventType": "OccupationStatsChanged",
             "occurredAt": "2020-01-01T00:00:00Z", "schemaVersion": 1,
             "occupation": {"code": "%s", "title": "Old", "socVersion": "2010"},
             "current": {"releaseId": "%s", "referencePeriod": "%s", "employment": 1, "hourly": null,
                         "annual": {"mean": null, "p10": null, "p25": null, "median": 1, "p75": null, "p90": null}, "footnotes": {}},
             "history": [], "projection": null, "lineage": {"predecessors": [], "successors": []}}
            """.formatted(code, figures.releaseId(), figures.referencePeriod());
    }

    private void awaitKnown(String code) {
        Eventually.await("the read model has " + code, Duration.ofSeconds(30), () -> api.create(ArticlesApi.article(
            "Probe " + code + " " + System.nanoTime(), null, "{{employment:" + code + "}}")).status() == 201);
    }
}
