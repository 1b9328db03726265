package io.careers.articles.article;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.careers.articles.ArticlesApi;
import io.careers.articles.ArticlesApi.Answer;
import io.careers.articles.ArticlesTestSupport;
import io.careers.contracts.Topics;
import io.careers.testkit.Eventually;
import io.careers.testkit.KafkaTestClient;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A planned publish lives in the database: one that fell due while the service was down fires after it starts. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScheduledPublishIT {
    private final KafkaTestClient kafka = KafkaTestClient.forTests();
    private final Map<String, Object> properties = withRandomPort(ArticlesTestSupport.properties("scheduled_publish", kafka));

    private static Map<String, Object> withRandomPort(Map<String, String> properties) {
        Map<String, Object> all = new java.util.HashMap<>(properties);
        all.put("micronaut.server.port", -1);
        return all;
    }

    @AfterAll
    void close() {
        kafka.close();
    }

    @Test
    void aPublishDueWhileTheServiceWasDownFiresAfterRestart() throws Exception {
        Instant publishAt = Instant.now().plusSeconds(3);
        String id;
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties);
             HttpClient http = HttpClient.create(server.getURL())) {
            ArticlesApi api = new ArticlesApi(http);
            id = api.createOk(ArticlesApi.article("Health Information Manager", "health-information-manager", "Text."));
            Answer scheduled = api.publish(id, "{\"publishAt\": \"" + publishAt + "\"}");
            assertEquals(200, scheduled.status(), scheduled.toString());
            assertEquals("SCHEDULED", scheduled.text("status"));
            assertEquals(publishAt.toString(), Instant.parse(scheduled.text("publishAt")).toString());
            assertEquals(404, api.bySlug("health-information-manager").status());
        }
        // The service is down when the publish falls due.
        while (Instant.now().isBefore(publishAt.plusSeconds(1))) {
            Thread.sleep(200);
        }
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties);
             HttpClient http = HttpClient.create(server.getURL())) {
            ArticlesApi api = new ArticlesApi(http);
            Eventually.await("the planned publish fires after the restart", Duration.ofSeconds(10),
                () -> api.bySlug("health-information-manager").status() == 200);
            assertEquals("PUBLISHED", api.get(id).text("status"));
            List<ConsumerRecord<byte[], byte[]>> events = kafka.readUntil(Topics.ARTICLES,
                records -> records.stream().anyMatch(r -> id.equals(KafkaTestClient.text(r.key()))), Duration.ofSeconds(20));
            JsonNode published = new ObjectMapper().readTree(events.stream()
                .filter(r -> id.equals(KafkaTestClient.text(r.key()))).findFirst().orElseThrow().value());
            assertEquals("ArticlePublished", published.get("eventType").asText());
            assertEquals(1, published.get("revision").asInt());
        }
    }

    @Test
    void unpublishingCancelsAPlannedPublish() throws IOException {
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties);
             HttpClient http = HttpClient.create(server.getURL())) {
            ArticlesApi api = new ArticlesApi(http);
            String id = api.createOk(ArticlesApi.article("Cancelled Career", "cancelled-career", "Text."));
            api.publish(id, "{\"publishAt\": \"" + Instant.now().plusSeconds(1) + "\"}");
            Answer cancelled = api.unpublish(id);
            assertEquals("DRAFT", cancelled.text("status"));
            try {
                Thread.sleep(1_500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            assertEquals(404, api.bySlug("cancelled-career").status());
        }
    }
}
