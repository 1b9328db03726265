package io.careers.contracts.http;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Bean Validation of request records, answered as the platform's 400 problem with one error per
 * field. Controllers call it explicitly instead of {@code @Valid}: validation advice would make
 * every controller a proxied subclass, and a rule that needs the database or another field stays
 * next to the call, in the same list of errors.
 */
@Singleton
@Requires(classes = Validator.class)
public final class RequestChecks {
    private final Validator validator;

    RequestChecks(Validator validator) {
        this.validator = validator;
    }

    /**
     * @param request a request record with constraint annotations
     * @return each broken constraint as a field error, ordered by field
     */
    public List<FieldError> errors(Object request) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<Object> violation : validator.validate(request)) {
            errors.add(new FieldError(violation.getPropertyPath().toString(), violation.getMessage()));
        }
        errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::message));
        return errors;
    }

    /**
     * @param request a request record with constraint annotations
     * @param <T>     its type
     * @return the request, when it breaks no constraint
     * @throws ProblemException 400 naming every broken constraint
     */
    public <T> T valid(T request) {
        List<FieldError> errors = errors(request);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return request;
    }
}
