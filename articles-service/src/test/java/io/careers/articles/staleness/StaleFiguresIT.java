package io.careers.articles.staleness;

import com.fasterxml.jackson.databind.JsonNode;
import io.careers.articles.ArticlesApi;
import io.careers.articles.ArticlesTestSupport;
import io.careers.articles.SalaryEvents;
import io.careers.contracts.OccupationRef;
import io.careers.contracts.salary.NationalFigures;
import io.careers.testkit.Eventually;
import io.careers.testkit.KafkaTestClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** After a promotion the report lists exactly the published articles affected, for each reason. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaleFiguresIT implements TestPropertyProvider {
    private final KafkaTestClient kafka = KafkaTestClient.forTests();

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    ObjectMapper json;

    @Override
    public Map<String, String> getProperties() {
        return ArticlesTestSupport.properties("stale_figures", kafka);
    }

    @AfterAll
    void close() {
        kafka.close();
    }

    @Test
    void theReportAfterAPromotionListsExactlyTheAffectedArticles() {
        ArticlesApi api = new ArticlesApi(http);
        SalaryEvents salary = new SalaryEvents(kafka, json);
        NationalFigures ma2012 = SalaryEvents.release("2012-05", 560_800, 29_370);
        NationalFigures hit2012 = SalaryEvents.release("2012-05", 186_300, 34_160);
        salary.stats("31-9092", "Medical Assistants", List.of(ma2012), null, List.of());
        salary.stats("29-2071", "Medical Records and Health Information Technicians", List.of(hit2012), null,
            List.of(new OccupationRef("29-2072", "Medical Records Specialists", "2018"),
                new OccupationRef("29-9021", "Health Information Technologists and Medical Registrars", "2018")));
        salary.stats("43-6013", "Medical Secretaries", List.of(SalaryEvents.release("2012-05", 500_000, 31_350)), null, List.of());
        salary.promoted("2012-05", null, List.of("31-9092", "29-2071", "43-6013"));
        Eventually.await("the read model has the figures", Duration.ofSeconds(30), () -> api.create(ArticlesApi.article(
            "Probe " + System.nanoTime(), null, "{{employment:31-9092}} {{employment:29-2071}} {{employment:43-6013}}")).status() == 201);

        String changed = publish(api, "Medical Assistant", "The median is {{wage:31-9092:annual.median}}.", "31-9092");
        String typed = publish(api, "Medical Secretary", "As of May 2012, the median was $31,350.", "43-6013");
        String pinned = publish(api, "Medical Secretary Pay", "In 2012 it was {{wage:43-6013:annual.median@2012-05}}.");
        String split = publish(api, "Health Information Technician", "An overview.", "29-2071");
        publish(api, "Unaffected Secretary", "Live median {{wage:43-6013:annual.median}} (it does not change).", "43-6013");
        api.createOk(ArticlesApi.article("Draft Assistant", null, "Draft {{wage:31-9092:annual.median}} in May 2012.", "31-9092"));

        salary.stats("31-9092", "Medical Assistants", List.of(SalaryEvents.release("2013-05", 584_970, 29_610), ma2012), null,
            List.of());
        salary.stats("43-6013", "Medical Secretaries", List.of(SalaryEvents.release("2013-05", 510_000, 31_350),
            SalaryEvents.release("2012-05", 500_000, 31_350)), null, List.of());
        salary.promoted("2013-05", "2012-05", List.of("31-9092", "43-6013"));

        Eventually.await("the report names release 2013-05 with its changed figure", Duration.ofSeconds(10), () -> {
            JsonNode report = api.staleReport().body();
            return !report.get("release").isNull() && report.get("release").get("releaseId").asText().equals("OEWS-2013-05")
                && report.get("changedFigures").size() > 0;
        });
        JsonNode report = api.staleReport().body();

        JsonNode figures = report.get("changedFigures");
        assertEquals(1, figures.size(), figures.toString());
        assertEquals(changed, figures.get(0).get("articleId").asText());
        assertEquals("{{wage:31-9092:annual.median}}", figures.get(0).get("token").asText());
        assertEquals("$29,370", figures.get(0).get("oldValue").asText());
        assertEquals("$29,610", figures.get(0).get("newValue").asText());
        assertEquals(0.8, figures.get(0).get("changePercent").asDouble());

        JsonNode periods = report.get("outdatedPeriods");
        List<String> expected = new ArrayList<>(List.of(typed + " TEXT May 2012 2012-05",
            pinned + " PINNED_TOKEN {{wage:43-6013:annual.median@2012-05}} 2012-05"));
        expected.sort(null);
        assertEquals(expected, describe(periods, "text", "citedPeriod"), periods.toString());

        JsonNode replaced = report.get("replacedOccupations");
        assertEquals(1, replaced.size(), replaced.toString());
        assertEquals(split, replaced.get(0).get("articleId").asText());
        assertEquals("29-2071", replaced.get(0).get("occupation").get("code").asText());
        assertEquals("29-2072", replaced.get(0).get("successors").get(0).get("code").asText());
        assertEquals("29-9021", replaced.get(0).get("successors").get(1).get("code").asText());
    }

    private static String publish(ArticlesApi api, String title, String markdown, String... occupations) {
        String id = api.createOk(ArticlesApi.article(title, null, markdown, occupations));
        api.publishNow(id);
        return id;
    }

    private static List<String> describe(JsonNode periods, String textField, String periodField) {
        List<String> lines = new ArrayList<>();
        periods.forEach(p -> lines.add(p.get("articleId").asText() + " " + p.get("kind").asText() + " "
            + p.get(textField).asText() + " " + p.get(periodField).asText()));
        lines.sort(null);
        return lines;
    }
}
