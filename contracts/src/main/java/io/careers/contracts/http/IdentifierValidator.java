package io.careers.contracts.http;

import io.careers.contracts.id.IdentifierFormat;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.AnnotationValue;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.validation.validator.constraints.ConstraintValidator;
import io.micronaut.validation.validator.constraints.ConstraintValidatorContext;
import jakarta.inject.Singleton;

/** Checks {@link Identifier} fields against their format, and says what the format is when one fails. */
@Singleton
@Requires(classes = ConstraintValidator.class)
class IdentifierValidator implements ConstraintValidator<Identifier, CharSequence> {
    @Override
    public boolean isValid(@Nullable CharSequence value, @NonNull AnnotationValue<Identifier> annotation,
                           @NonNull ConstraintValidatorContext context) {
        IdentifierFormat format = annotation.enumValue("value", IdentifierFormat.class).orElseThrow();
        if (format.matches(value == null ? null : value.toString())) {
            return true;
        }
        // The format's description, never the value: a message template must not carry caller text.
        context.messageTemplate("must be " + format.description());
        return false;
    }
}
