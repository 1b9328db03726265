package io.careers.contracts.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.careers.contracts.id.IdentifierFormat;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * One invalid field of a request, in a problem's {@code errors}.
 *
 * @param field   dotted path of the field, e.g. {@code program.cipCode}
 * @param message what is wrong with it
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record FieldError(String field, String message) {

    /**
     * Adds an error naming the field when its value is not an identifier of the format.
     *
     * @param format the identifier's format
     * @param field  the parameter or field name
     * @param value  the value given, or null
     * @param errors where the error goes
     */
    public static void check(IdentifierFormat format, String field, @Nullable String value, List<FieldError> errors) {
        String problem = format.problem(value);
        if (problem != null) {
            errors.add(new FieldError(field, problem));
        }
    }
}
