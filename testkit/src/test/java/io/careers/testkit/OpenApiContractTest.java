package io.careers.testkit;

import io.careers.testkit.OpenApiContract.Answer;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OpenApiContractTest {
    private static final String DOCUMENT = """
        openapi: 3.0.1
        paths:
          /api/v1/things/{id}:
            get:
              responses:
                "200":
                  content:
                    application/json:
                      schema:
                        $ref: "#/components/schemas/Thing"
                "404":
                  content:
                    application/problem+json:
                      schema:
                        $ref: "#/components/schemas/Problem"
          /api/v1/things/latest:
            get:
              responses:
                "304":
                  description: unchanged
        components:
          schemas:
            Thing:
              required: [id, owner]
              type: object
              properties:
                id:
                  type: string
                count:
                  type: integer
                  nullable: true
                page:
                  type: integer
                  minimum: 0
                  exclusiveMinimum: true
                owner:
                  nullable: true
                  allOf:
                  - $ref: "#/components/schemas/Owner"
            Owner:
              required: [name]
              type: object
              properties:
                name:
                  type: string
            Problem:
              required: [title, status]
              type: object
              properties:
                title:
                  type: string
                status:
                  type: integer
        """;
    private final OpenApiContract contract = OpenApiContract.parse(URI.create("http://localhost"),
        DOCUMENT.getBytes(StandardCharsets.UTF_8));

    @Test
    void anAnswerAsDocumentedPasses() {
        assertEquals(List.of(), problems("/api/v1/things/a", 200, "application/json", """
            {"id": "a", "count": null, "owner": null}"""));
        assertEquals(List.of(), problems("/api/v1/things/a?x=1", 200, "application/json; charset=utf-8", """
            {"id": "a", "count": 3, "owner": {"name": "n"}}"""));
        assertEquals(List.of(), problems("/api/v1/things/a", 404, "application/problem+json", """
            {"title": "Not Found", "status": 404}"""));
    }

    @Test
    void aLiteralPathWinsOverATemplate() {
        assertEquals(List.of(), problems("/api/v1/things/latest", 304, "", ""));
    }

    @Test
    void aBodyOutsideItsSchemaFailsWithWhere() {
        List<String> problems = problems("/api/v1/things/a", 200, "application/json", """
            {"id": 7, "owner": {"nom": "n"}}""");
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("$.id")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("$.owner") && p.contains("name")), problems.toString());
    }

    @Test
    void anOpenApi30ExclusiveBoundHolds() {
        assertEquals(List.of(), problems("/api/v1/things/a", 200, "application/json", """
            {"id": "a", "owner": null, "page": 1}"""));
        List<String> problems = problems("/api/v1/things/a", 200, "application/json", """
            {"id": "a", "owner": null, "page": 0}""");
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("$.page")), problems.toString());
    }

    @Test
    void aNullThatIsNotNullableFails() {
        assertTrue(!problems("/api/v1/things/a", 200, "application/json", """
            {"id": null, "owner": null}""").isEmpty());
    }

    @Test
    void anUndocumentedStatusMediaTypeOrPathFails() {
        assertTrue(problems("/api/v1/things/a", 500, "application/problem+json", "{}").get(0)
            .contains("status 500 is not documented"));
        assertTrue(problems("/api/v1/things/a", 404, "application/json", "{}").get(0)
            .contains("application/json body is not documented"));
        assertTrue(problems("/api/v1/other", 200, "application/json", "{}").get(0).contains("no path"));
    }

    private List<String> problems(String path, int status, String contentType, String body) {
        return contract.problems("GET", path, new Answer(status, contentType, body.getBytes(StandardCharsets.UTF_8), Map.of()));
    }
}
