package io.careers.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One way a document breaks its schema, in words a data engineer or partner understands.
 *
 * @param field   dotted path of the offending field, e.g. {@code occupation.code}; empty for the
 *                document itself
 * @param message what rule it breaks
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SchemaViolation(String field, String message) {
    @Override
    public String toString() {
        return field.isEmpty() ? message : field + ": " + message;
    }
}
