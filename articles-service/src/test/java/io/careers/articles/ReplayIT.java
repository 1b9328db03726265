package io.careers.articles;

import io.careers.contracts.Topics;
import io.careers.contracts.salary.NationalFigures;
import io.careers.contracts.salary.OccupationStatsChanged;
import io.careers.testkit.KafkaTestClient;
import io.careers.testkit.ReplayCheck;
import io.careers.testkit.ServiceDatabase;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.serde.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Consuming both salary topics again from where the service started leaves its read models
 * exactly as they were and publishes nothing: newer, older and repeated figures, projections,
 * promotions and broken records included.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReplayIT {
    private static final List<String> TABLES = List.of("occupation_figures", "occupation_projection", "release_promotion");
    private final KafkaTestClient kafka = KafkaTestClient.forTests();

    @AfterAll
    void close() {
        kafka.close();
    }

    @Test
    void aReplayOfEveryInputChangesNothing() {
        ServiceDatabase database = ReplayCheck.assertReplayChangesNothing(kafka, ArticlesTestSupport.properties("replay", kafka),
            ArticlesTestSupport.INPUTS, TABLES, properties -> ApplicationContext.run(properties, Environment.TEST),
            service -> publishFiguresAndPromotions(new SalaryEvents(kafka, service.getBean(ObjectMapper.class))));
        assertEquals("3", database.single("SELECT count(*) FROM occupation_figures"));
    }

    private void publishFiguresAndPromotions(SalaryEvents salary) {
        NationalFigures may2012 = SalaryEvents.release("2012-05", 179_500, 33_310);
        NationalFigures may2013 = SalaryEvents.release("2013-05", 182_370, 34_970);
        OccupationStatsChanged newest = salary.stats("29-2071", "Medical Records Technicians", List.of(may2013, may2012),
            SalaryEvents.projection("2012-2022", 22.0), List.of());
        salary.stats("29-2071", "Medical Records Technicians", List.of(may2012), null, List.of());
        salary.send(newest);
        salary.stats("31-9092", "Medical Assistants", List.of(SalaryEvents.release("2013-05", 584_970, 29_610)),
            SalaryEvents.projection("2012-2022", 29.0), List.of());
        salary.stats("29-1141", "Registered Nurses", List.of(SalaryEvents.release("2013-05", 2_661_890, 65_470)), null,
            List.of());
        salary.promoted("2012-05", null, List.of("29-2071"));
        salary.promoted("2013-05", "2012-05", List.of("29-2071", "31-9092", "29-1141"));
        salary.promoted("2013-05", "2012-05", List.of("29-2071", "31-9092", "29-1141"));
        kafka.send(Topics.OCCUPATION_STATS, "29-2071", "{\"eventType\": \"OccupationStatsChanged\", \"occupation\": 7");
        kafka.send(Topics.RELEASE_EVENTS, "OEWS-2014-05", "not json");
    }
}
