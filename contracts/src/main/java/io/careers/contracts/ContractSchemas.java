package io.careers.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates JSON documents against the schemas of {@link EventSchema}. Thread-safe; schemas are
 * loaded once.
 */
public final class ContractSchemas {
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
        builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(EventSchema.ID_BASE, "classpath:schemas/")));
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
        .formatAssertionsEnabled(true)
        .build();
    private static final Map<EventSchema, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private ContractSchemas() {
    }

    /**
     * @param schema   the schema to apply
     * @param document the parsed document
     * @return every violation, sorted by field; empty when the document is valid
     */
    public static List<SchemaViolation> validate(EventSchema schema, JsonNode document) {
        return schemaOf(schema).validate(document).stream()
            .map(ContractSchemas::toViolation)
            .distinct()
            .sorted(Comparator.comparing(SchemaViolation::field).thenComparing(SchemaViolation::message))
            .toList();
    }

    private static JsonSchema schemaOf(EventSchema schema) {
        return SCHEMAS.computeIfAbsent(schema, s -> {
            JsonSchema loaded = FACTORY.getSchema(SchemaLocation.of(s.id()), CONFIG);
            loaded.initializeValidators();
            return loaded;
        });
    }

    private static SchemaViolation toViolation(ValidationMessage message) {
        String field = fieldPath(message.getInstanceLocation().toString());
        if ("required".equals(message.getType()) && message.getProperty() != null) {
            field = field.isEmpty() ? message.getProperty() : field + "." + message.getProperty();
            return new SchemaViolation(field, "is required");
        }
        if ("dependentRequired".equals(message.getType()) && message.getArguments().length >= 2) {
            // "parts" is required because "part" is present
            String missing = String.valueOf(message.getArguments()[0]);
            field = field.isEmpty() ? missing : field + "." + missing;
            return new SchemaViolation(field, "is required with " + message.getArguments()[1]);
        }
        String text = message.getMessage();
        // The library prefixes messages with the instance location; the field says it already.
        String prefix = message.getInstanceLocation() + ": ";
        if (text.startsWith(prefix)) {
            text = text.substring(prefix.length());
        }
        return new SchemaViolation(field, text);
    }

    /** Turns a JSON Pointer ({@code /area/code}) into a dotted field path ({@code area.code}). */
    private static String fieldPath(String pointer) {
        String path = pointer.startsWith("/") ? pointer.substring(1) : pointer;
        return path.replace('/', '.').replace("~1", "/").replace("~0", "~");
    }
}
