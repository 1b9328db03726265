package io.careers.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.careers.contracts.ContractJson;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A producer-side contract test: a service's live answers checked against the OpenAPI document
 * the service itself serves at {@code /openapi.yml}. An answer passes when its operation is
 * documented, its status is one the operation lists, its media type is the one documented for that
 * status, and its body validates against the documented schema. What a client generated from the
 * document would expect is then what the service sends.
 *
 * <p>OpenAPI 3.0's {@code nullable} is rewritten to JSON Schema's {@code "null"} type before
 * validating, so a {@code nullable} reference ({@code allOf} with {@code nullable: true}) accepts
 * {@code null} and nothing else that the reference refuses; OpenAPI 3.0's boolean
 * {@code exclusiveMinimum} and {@code exclusiveMaximum} become 2020-12's numeric ones.
 */
public final class OpenApiContract {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private final URI server;
    private final JsonNode document;

    private OpenApiContract(URI server, JsonNode document) {
        this.server = server;
        this.document = document;
    }

    /**
     * @param server a running service
     * @return its contract, read from its {@code /openapi.yml}
     */
    public static OpenApiContract of(URI server) {
        Answer answer = send(server, "GET", "/openapi.yml", Map.of(), null);
        if (answer.status() != 200) {
            throw new AssertionError(server + "/openapi.yml answered " + answer.status());
        }
        return parse(server, answer.body());
    }

    static OpenApiContract parse(URI server, byte[] yaml) {
        try {
            return new OpenApiContract(server, new YAMLMapper().readTree(yaml));
        } catch (IOException e) {
            throw new AssertionError(server + "/openapi.yml is not YAML: " + e.getMessage(), e);
        }
    }

    /**
     * @param path a path with its query, e.g. {@code /api/v1/occupations/29-2071}
     * @return the answer, after checking it against the contract
     */
    public Answer get(String path) {
        return call("GET", path, Map.of(), null);
    }

    /**
     * @param method  HTTP method
     * @param path    a path with its query
     * @param headers request headers (e.g. Authorization)
     * @param json    a JSON body, or null for none
     * @return the answer, after checking it against the contract
     * @throws AssertionError naming every way the answer departs from the contract
     */
    public Answer call(String method, String path, Map<String, String> headers, String json) {
        Answer answer = send(server, method, path, headers, json);
        List<String> problems = problems(method, path, answer);
        if (!problems.isEmpty()) {
            throw new AssertionError(method + " " + path + " answered " + answer.status() + " outside its contract:\n  "
                + String.join("\n  ", problems) + "\nbody: " + new String(answer.body(), StandardCharsets.UTF_8));
        }
        return answer;
    }

    /**
     * @param method HTTP method
     * @param path   the path the answer came from, with its query
     * @param answer the answer
     * @return how the answer departs from the contract; empty when it keeps it
     */
    public List<String> problems(String method, String path, Answer answer) {
        String template = template(path.replaceFirst("\\?.*", ""));
        if (template == null) {
            return List.of("no path of the document matches " + path);
        }
        JsonNode operation = document.path("paths").path(template).path(method.toLowerCase(Locale.ROOT));
        if (operation.isMissingNode()) {
            return List.of(method + " " + template + " is not documented");
        }
        JsonNode responses = operation.path("responses");
        JsonNode response = responses.path(String.valueOf(answer.status()));
        if (response.isMissingNode()) {
            response = responses.path("default");
        }
        if (response.isMissingNode()) {
            return List.of("status " + answer.status() + " is not documented for " + method + " " + template
                + "; documented: " + names(responses));
        }
        if (answer.body().length == 0) {
            return List.of();
        }
        String mediaType = answer.contentType().replaceFirst(";.*", "").trim().toLowerCase(Locale.ROOT);
        JsonNode content = response.path("content").path(mediaType);
        if (content.isMissingNode()) {
            return List.of("a " + mediaType + " body is not documented for " + answer.status() + " of " + method + " "
                + template + "; documented: " + names(response.path("content")));
        }
        if (!mediaType.endsWith("json") || content.path("schema").isMissingNode()) {
            return List.of();
        }
        return violations(content.path("schema"), answer);
    }

    private List<String> violations(JsonNode schema, Answer answer) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.set("allOf", JsonNodeFactory.instance.arrayNode().add(withNullTypes(schema)));
        root.set("components", withNullTypes(document.path("components")));
        JsonNode body;
        try {
            body = ContractJson.readTree(answer.body());
        } catch (IOException e) {
            return List.of("the body is not JSON: " + e.getMessage());
        }
        JsonSchema compiled = SCHEMAS.getSchema(root);
        List<String> problems = new ArrayList<>();
        for (ValidationMessage message : compiled.validate(body)) {
            problems.add(message.getInstanceLocation() + ": " + message.getMessage());
        }
        return problems;
    }

    /** The document path whose segments match, the one with the most literal segments first. */
    private String template(String path) {
        String[] segments = path.split("/", -1);
        String best = null;
        int bestLiterals = -1;
        for (Iterator<String> names = document.path("paths").fieldNames(); names.hasNext(); ) {
            String candidate = names.next();
            String[] parts = candidate.split("/", -1);
            if (parts.length != segments.length) {
                continue;
            }
            int literals = 0;
            boolean matches = true;
            for (int i = 0; i < parts.length && matches; i++) {
                boolean variable = parts[i].startsWith("{") && parts[i].endsWith("}");
                matches = variable ? !segments[i].isEmpty() : parts[i].equals(segments[i]);
                literals += variable ? 0 : 1;
            }
            if (matches && literals > bestLiterals) {
                best = candidate;
                bestLiterals = literals;
            }
        }
        return best;
    }

    /**
     * OpenAPI 3.0 as JSON Schema 2020-12: with {@code nullable: true}, {@code "null"} is one more
     * type; a boolean {@code exclusiveMinimum} or {@code exclusiveMaximum} becomes the bound itself.
     */
    static JsonNode withNullTypes(JsonNode node) {
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(item -> copy.add(withNullTypes(item)));
            return copy;
        }
        if (!node.isObject()) {
            return node;
        }
        ObjectNode copy = JsonNodeFactory.instance.objectNode();
        node.fields().forEachRemaining(field -> {
            if (!"nullable".equals(field.getKey())) {
                copy.set(field.getKey(), withNullTypes(field.getValue()));
            }
        });
        exclusiveBound(copy, "minimum", "exclusiveMinimum");
        exclusiveBound(copy, "maximum", "exclusiveMaximum");
        if (!node.path("nullable").asBoolean(false)) {
            return copy;
        }
        if (copy.path("type").isTextual()) {
            copy.set("type", JsonNodeFactory.instance.arrayNode().add(copy.path("type").asText()).add("null"));
            return copy;
        }
        ObjectNode either = JsonNodeFactory.instance.objectNode();
        either.set("anyOf", JsonNodeFactory.instance.arrayNode()
            .add(JsonNodeFactory.instance.objectNode().put("type", "null")).add(copy));
        return either;
    }

    /**
     * OpenAPI 3.0's boolean {@code exclusiveMinimum: true} beside {@code minimum: 0} (what
     * {@code @Positive} becomes) is JSON Schema 2020-12's {@code exclusiveMinimum: 0}.
     */
    private static void exclusiveBound(ObjectNode schema, String bound, String exclusive) {
        JsonNode flag = schema.get(exclusive);
        if (flag == null || !flag.isBoolean()) {
            return;
        }
        schema.remove(exclusive);
        if (flag.booleanValue() && schema.has(bound)) {
            schema.set(exclusive, schema.remove(bound));
        }
    }

    private static Set<String> names(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Answer send(URI server, String method, String path, Map<String, String> headers, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.resolve(path)).timeout(Duration.ofSeconds(10))
            .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        try {
            HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body(), response.headers().map());
        } catch (IOException e) {
            throw new AssertionError(method + " " + server.resolve(path) + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /**
     * A live answer.
     *
     * @param status      HTTP status
     * @param contentType its Content-Type, or empty
     * @param body        its body, possibly empty
     * @param headers     every header, by name as the server wrote it
     */
    public record Answer(int status, String contentType, byte[] body, Map<String, List<String>> headers) {
        /**
         * @param name a header name, in any case
         * @return its first value, or null
         */
        public String header(String name) {
            return headers.entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase(name) && !h.getValue().isEmpty())
                .map(h -> h.getValue().get(0)).findFirst().orElse(null);
        }

        /** @return the body as a JSON tree */
        public JsonNode json() {
            try {
                return ContractJson.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + e.getMessage(), e);
            }
        }
    }
}
