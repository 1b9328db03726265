package io.careers.articles;

import io.careers.testkit.KafkaTestClient;
import io.careers.testkit.OpenApiContract;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Producer-side contract test: the public and editorial answers of articles-service, successes and
 * problems, are what its own OpenAPI document ({@code /openapi.yml}) promises, statuses, media types
 * and bodies, so a client generated from the document reads them.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArticlesApiContractIT implements TestPropertyProvider {
    private static final String MARKDOWN = "As of {{period:29-2071}}, the median annual salary was {{wage:29-2071:annual.median}}.";
    private final KafkaTestClient kafka = KafkaTestClient.forTests();
    private final String slug = "contract-" + UUID.randomUUID().toString().substring(0, 8);
    private final Map<String, String> editor = Map.of("Authorization", "Bearer " + ArticlesTestSupport.editor());

    @Inject
    EmbeddedServer server;
    @Inject
    ObjectMapper serde;
    @Inject
    JdbcOperations jdbc;

    @Override
    public Map<String, String> getProperties() {
        return ArticlesTestSupport.properties("contract", kafka);
    }

    @AfterAll
    void close() {
        kafka.close();
    }

    @Test
    void everyAnswerKeepsTheDocumentedContract() {
        new SalaryEvents(kafka, serde).medicalRecordsTechnicians(jdbc);
        OpenApiContract contract = OpenApiContract.of(server.getURI());
        String body = ArticlesApi.article("Medical Records Contract", slug, MARKDOWN, "29-2071");
        OpenApiContract.Answer created = contract.call("POST", "/api/v1/articles", editor, body);
        assertEquals(201, created.status(), new String(created.body()));
        String article = "/api/v1/articles/" + created.json().get("id").asText();

        assertEquals(200, contract.call("GET", article, editor, null).status());
        assertEquals(200, contract.call("GET", article + "/preview", editor, null).status());
        assertEquals(428, contract.call("PUT", article, editor, body).status());
        String revised = body.replaceFirst("\\{", "{\"revision\": 1, ");
        assertEquals(200, contract.call("PUT", article, editor, revised).status());
        assertEquals(409, contract.call("PUT", article, editor, revised).status());
        assertEquals(412, contract.call("POST", article + "/publish", Map.of("Authorization", editor.get("Authorization"),
            "If-Match", "\"1\""), null).status());
        assertEquals(200, contract.call("POST", article + "/publish", editor, null).status());
        assertEquals(200, contract.call("GET", article + "/revisions", editor, null).status());
        assertEquals(200, contract.call("GET", article + "/revisions/1", editor, null).status());
        assertEquals(200, contract.call("POST", article + "/revisions/1/restore", editor, null).status());
        assertEquals(200, contract.call("GET", "/api/v1/articles/editorial", editor, null).status());
        assertEquals(200, contract.call("GET", "/api/v1/reports/stale-figures", editor, null).status());

        assertEquals(200, contract.get("/api/v1/articles/by-slug/" + slug).status());
        assertEquals(200, contract.get("/api/v1/articles?category=healthcare").status());
        assertEquals(200, contract.get("/api/v1/articles/locations").status());
        assertEquals(200, contract.get("/api/v1/articles/search?q=medical%20recrds").status());

        assertEquals(400, contract.call("POST", "/api/v1/articles", editor, "{not json").status());
        assertEquals(422, contract.call("POST", "/api/v1/articles", editor, "{\"title\": \" \"}").status());
        assertEquals(409, contract.call("POST", "/api/v1/articles", editor, body).status(), "the slug is taken");
        assertEquals(401, contract.call("GET", "/api/v1/articles/editorial", Map.of(), null).status());
        assertEquals(403, contract.call("GET", "/api/v1/articles/editorial",
            Map.of("Authorization", "Bearer " + ArticlesTestSupport.token("reader", List.of("READER"))), null).status());
        assertEquals(404, contract.call("GET", "/api/v1/articles/" + UUID.randomUUID(), editor, null).status());
        assertEquals(404, contract.call("GET", article + "/revisions/99", editor, null).status());
        assertEquals(404, contract.call("GET", "/api/v1/reports/stale-figures?releaseId=OEWS-1999-05", editor, null).status());
        assertEquals(404, contract.get("/api/v1/articles/by-slug/no-such-article").status());
        assertEquals(422, contract.get("/api/v1/articles?page=0").status());
        assertEquals(422, contract.get("/api/v1/articles/search").status());
        assertEquals(200, contract.call("POST", article + "/unpublish", editor, null).status());
        assertEquals(409, contract.call("POST", article + "/unpublish", editor, null).status());
    }
}
