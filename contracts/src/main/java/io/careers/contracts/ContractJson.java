package io.careers.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;

import java.io.IOException;

/**
 * JSON as trees, for the JSON Schema validator ({@link ContractSchemas}, which reads Jackson trees)
 * and for programs without a Micronaut context (the tools, the test kit): one Jackson mapper,
 * configured once. Services read and write their HTTP bodies and events through the injected
 * micronaut-serde {@code ObjectMapper}; they come here only to validate a document against its
 * contract schema and bind it.
 *
 * <p>Reading ignores unknown fields (the contracts allow them); writing keeps every field, nulls
 * and empty lists included, and writes instants as ISO-8601 text, as the services write them.
 */
public final class ContractJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
        .setSerializationInclusion(JsonInclude.Include.ALWAYS)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .findAndRegisterModules();

    private ContractJson() {
    }

    /**
     * @param json UTF-8 JSON
     * @return its tree; null for empty input
     * @throws JsonProcessingException when it is not JSON, with the line and column
     * @throws IOException             when it cannot be read as UTF-8
     */
    public static JsonNode readTree(byte[] json) throws IOException {
        return MAPPER.readTree(json);
    }

    /**
     * @param json JSON text
     * @return its tree; null for empty input
     * @throws JsonProcessingException when it is not JSON
     */
    public static JsonNode readTree(String json) throws JsonProcessingException {
        return MAPPER.readTree(json);
    }

    /**
     * @param tree a document, usually valid against its schema
     * @param type the record to bind it to
     * @param <T>  the record type
     * @return the record
     * @throws JsonProcessingException when the tree does not fit the record
     */
    public static <T> T bind(JsonNode tree, Class<T> type) throws JsonProcessingException {
        return MAPPER.treeToValue(tree, type);
    }

    /**
     * @param value a record, map or list
     * @return it as JSON text
     */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /**
     * @param value a record, map or list
     * @return it as a tree, e.g. to validate against its schema before it is sent
     */
    public static JsonNode tree(Object value) {
        return MAPPER.valueToTree(value);
    }

    /** @return a new, empty JSON array */
    public static ArrayNode newArray() {
        return MAPPER.createArrayNode();
    }
}
