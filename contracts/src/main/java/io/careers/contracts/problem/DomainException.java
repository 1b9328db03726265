package io.careers.contracts.problem;

import io.careers.contracts.http.FieldError;

import java.util.List;

/**
 * A rule of the domain refused an operation. Domain code throws this, never an HTTP exception;
 * {@link DomainExceptionHandler} answers it as problem+json with the status its {@link Kind} maps to.
 */
public class DomainException extends RuntimeException {
    /** What kind of refusal it is. */
    public enum Kind {
        /** The input breaks rules; {@link #errors()} names each field (422). */
        INVALID,
        /** What was asked for does not exist (404). */
        NOT_FOUND,
        /** The operation clashes with the current state (409). */
        CONFLICT,
        /** The caller's copy is older than the stored one (412). */
        PRECONDITION_FAILED,
        /** The caller did not say which version it changes (428). */
        PRECONDITION_REQUIRED
    }

    private final Kind kind;
    private final transient List<FieldError> errors;

    /**
     * @param kind   what kind of refusal
     * @param detail what went wrong, for people
     * @param errors invalid fields, or empty
     */
    public DomainException(Kind kind, String detail, List<FieldError> errors) {
        super(detail);
        this.kind = kind;
        this.errors = List.copyOf(errors);
    }

    /** @return a refusal naming each invalid field */
    public static DomainException invalid(List<FieldError> errors) {
        return new DomainException(Kind.INVALID, "The request has invalid fields.", errors);
    }

    /** @return a refusal for something that does not exist */
    public static DomainException notFound(String detail) {
        return new DomainException(Kind.NOT_FOUND, detail, List.of());
    }

    /** @return a refusal for an operation that clashes with the current state */
    public static DomainException conflict(String detail) {
        return new DomainException(Kind.CONFLICT, detail, List.of());
    }

    /** @return the kind of refusal */
    public Kind kind() {
        return kind;
    }

    /** @return the invalid fields, or empty */
    public List<FieldError> errors() {
        return errors;
    }
}
