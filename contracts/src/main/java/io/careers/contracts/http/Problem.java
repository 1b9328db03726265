package io.careers.contracts.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * An error response body, {@code application/problem+json} per RFC 9457 (contracts v1, "HTTP").
 *
 * @param type     URI naming the kind of problem; {@code about:blank} when the status says it all
 * @param title    short summary of the kind of problem
 * @param status   the HTTP status code
 * @param detail   what went wrong with this request
 * @param instance the request path
 * @param errors   invalid fields, for validation problems; empty otherwise
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, @Nullable String detail, @Nullable String instance,
                      List<FieldError> errors) {
    /** Media type of problem responses. */
    public static final String MEDIA_TYPE = "application/problem+json";
}
