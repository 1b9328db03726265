package io.careers.contracts.http;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;

import java.util.List;

/**
 * Ends a request with a problem response: a status, a detail and, for validation problems, the
 * invalid fields.
 */
public class ProblemException extends HttpStatusException {
    private final transient List<FieldError> errors;

    /**
     * @param status the HTTP status
     * @param detail what went wrong
     * @param errors invalid fields, or empty
     */
    public ProblemException(HttpStatus status, String detail, List<FieldError> errors) {
        super(status, detail);
        this.errors = List.copyOf(errors);
    }

    /**
     * @param status the HTTP status
     * @param detail what went wrong
     */
    public ProblemException(HttpStatus status, String detail) {
        this(status, detail, List.of());
    }

    /**
     * @param errors the invalid fields
     * @return a 422 naming them
     */
    public static ProblemException invalid(List<FieldError> errors) {
        return new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, "The request has invalid fields.", errors);
    }

    /**
     * @param detail what was not found
     * @return a 404
     */
    public static ProblemException notFound(String detail) {
        return new ProblemException(HttpStatus.NOT_FOUND, detail);
    }

    /** @return the invalid fields */
    public List<FieldError> errors() {
        return errors;
    }
}
