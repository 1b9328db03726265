package io.careers.contracts.http;

import io.careers.contracts.id.IdentifierFormat;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A request field that must be an identifier of one {@link IdentifierFormat}: the format's own
 * rule decides, so a request record states its identifiers without repeating their patterns.
 * Absent (null) is not an identifier; a field that may be absent is checked where it is defaulted.
 */
@Documented
@Constraint(validatedBy = {})
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.TYPE_USE})
public @interface Identifier {
    /** @return the identifier's format */
    IdentifierFormat value();

    /** @return replaced by the format's own description of what it must be */
    String message() default "must be an identifier";

    /** @return validation groups */
    Class<?>[] groups() default {};

    /** @return payload */
    Class<? extends Payload>[] payload() default {};
}
