package io.careers.contracts.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One invalid field of a request, in a problem's {@code errors}.
 *
 * @param field   dotted path of the field, e.g. {@code program.cipCode}
 * @param message what is wrong with it
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record FieldError(String field, String message) {
}
