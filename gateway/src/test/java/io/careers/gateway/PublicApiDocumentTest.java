package io.careers.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The gateway's OpenAPI document is what front-end teams generate their client from (the build's
 * TypeScript client): every answer an operation gives must be in it, each error as problem+json.
 */
class PublicApiDocumentTest {
    private static JsonNode document() throws IOException {
        try (InputStream in = PublicApiDocumentTest.class.getResourceAsStream("/META-INF/swagger/gateway-1.yml")) {
            assertNotNull(in, "the OpenAPI document is generated at build time");
            return new YAMLMapper().readTree(in);
        }
    }

    @Test
    void everyErrorOfEveryOperationIsProblemJson() throws IOException {
        List<String> notProblems = new ArrayList<>();
        document().path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation ->
            operation.getValue().path("responses").fields().forEachRemaining(response -> {
                String schema = response.getValue().path("content").path("application/problem+json").path("schema")
                    .path("$ref").asText();
                if (response.getKey().matches("[45]\\d\\d") && !"#/components/schemas/Problem".equals(schema)) {
                    notProblems.add(operation.getKey() + " " + path.getKey() + " " + response.getKey());
                }
            })));
        assertEquals(List.of(), notProblems);
    }

    @Test
    void everyRateLimitedOperationSaysSoAndInteractionsAre202() throws IOException {
        List<String> without429 = new ArrayList<>();
        JsonNode paths = document().path("paths");
        paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            if (path.getKey().startsWith("/api/") && !operation.getValue().path("responses").has("429")) {
                without429.add(operation.getKey() + " " + path.getKey());
            }
        }));
        assertEquals(List.of(), without429, "RateLimitFilter answers 429 on /api/**");
        JsonNode interactions = paths.path("/api/v1/interactions").path("post").path("responses");
        assertEquals(List.of("202", "400", "413", "422", "429", "503"), keys(interactions));
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys.stream().sorted().toList();
    }
}
