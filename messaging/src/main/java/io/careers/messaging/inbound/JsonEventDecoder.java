package io.careers.messaging.inbound;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.careers.contracts.ContractJson;
import io.careers.contracts.ContractSchemas;
import io.careers.contracts.EventSchema;
import io.careers.contracts.SchemaViolation;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Decodes a JSON record value: size limit, well-formed UTF-8 JSON, an object, valid against its
 * contract schema (unknown fields ignored), then bound to its record type. Each failure names
 * what is wrong, e.g. {@code occupation.code: does not match the regex pattern ...}.
 *
 * @param <T> the record type
 */
public final class JsonEventDecoder<T> implements RecordDecoder<T> {
    /** Largest value accepted by default: 1 MiB. */
    public static final int DEFAULT_MAX_BYTES = 1024 * 1024;

    private final EventSchema schema;
    private final Class<T> type;
    private final int maxBytes;

    private JsonEventDecoder(EventSchema schema, Class<T> type, int maxBytes) {
        this.schema = schema;
        this.type = type;
        this.maxBytes = maxBytes;
    }

    /**
     * @param schema the contract schema values must satisfy
     * @param type   the record type to bind to
     * @param <T>    the record type
     * @return a decoder with the default size limit
     */
    public static <T> JsonEventDecoder<T> of(EventSchema schema, Class<T> type) {
        return new JsonEventDecoder<>(schema, type, DEFAULT_MAX_BYTES);
    }

    /**
     * @param limit largest value accepted, in bytes
     * @return a decoder like this one with another size limit
     */
    public JsonEventDecoder<T> withMaxBytes(int limit) {
        return new JsonEventDecoder<>(schema, type, limit);
    }

    @Override
    public T decode(ConsumerRecord<byte[], byte[]> record) {
        return bind(parse(record.value()));
    }

    /**
     * A decoder that also requires the record's key to be what the value says it is.
     *
     * @param keyOf   the key the value implies, e.g. the occupation's code
     * @param keyName what that is, for the dead-letter reason, e.g. {@code occupation.code}
     * @return the stricter decoder
     */
    public RecordDecoder<T> keyedBy(Function<T, String> keyOf, String keyName) {
        return record -> {
            T value = decode(record);
            String key = RecordDecoder.keyOf(record);
            String expected = keyOf.apply(value);
            if (!expected.equals(key)) {
                throw new InvalidRecordException("key: '" + key + "' disagrees with the value, whose " + keyName + " is " + expected);
            }
            return value;
        };
    }

    /**
     * Checks size, syntax and schema, without binding: for decoders that add rules of their own.
     *
     * @param value the raw value
     * @return the parsed, schema-valid document
     */
    public JsonNode parse(byte[] value) {
        return validate(readObject(value));
    }

    /**
     * Checks size and syntax only: for topics whose schema depends on the document (its
     * {@code eventType}); validate with the chosen decoder's {@link #validate} next.
     *
     * @param value the raw value
     * @return the parsed JSON object
     */
    public JsonNode readObject(byte[] value) {
        if (value == null) {
            throw new InvalidRecordException("the record has no value (a tombstone), which this topic does not accept");
        }
        if (value.length > maxBytes) {
            throw new InvalidRecordException("the value is " + value.length + " bytes, more than the limit of "
                + maxBytes + " bytes");
        }
        JsonNode document;
        try {
            document = ContractJson.readTree(value);
        } catch (JsonProcessingException e) {
            throw new InvalidRecordException("the value is not valid JSON: " + e.getOriginalMessage()
                + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr() + ")"), e);
        } catch (IOException e) {
            throw new InvalidRecordException("the value could not be read as UTF-8 JSON: " + e.getMessage(), e);
        }
        if (document == null || !document.isObject()) {
            throw new InvalidRecordException("the value must be a JSON object, was "
                + (document == null ? "empty" : document.getNodeType().name().toLowerCase()));
        }
        return document;
    }

    /**
     * @param document a JSON object
     * @return it, if it is valid against this decoder's schema
     */
    public JsonNode validate(JsonNode document) {
        List<SchemaViolation> violations = ContractSchemas.validate(schema, document);
        if (!violations.isEmpty()) {
            throw new InvalidRecordException(violations.stream().map(SchemaViolation::toString)
                .collect(Collectors.joining("; ")));
        }
        return document;
    }

    /**
     * @param document a schema-valid document
     * @return it bound to the record type
     */
    public T bind(JsonNode document) {
        try {
            return ContractJson.bind(document, type);
        } catch (JsonProcessingException e) {
            throw new InvalidRecordException("the value does not fit " + type.getSimpleName() + ": "
                + e.getOriginalMessage(), e);
        }
    }
}
