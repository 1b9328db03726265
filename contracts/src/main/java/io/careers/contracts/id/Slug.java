package io.careers.contracts.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The URL path segment of an article or career page, e.g. {@code medical-records-administration}. Checked once, when made; written in JSON as the plain string.
 *
 * @param value the identifier's text
 */
@Serdeable
public record Slug(String value) implements Comparable<Slug> {
    /** @throws InvalidIdentifierException when the text is not a slug */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public Slug {
        IdentifierFormat.SLUG.require(value);
    }

    @Override
    public int compareTo(Slug other) {
        return value.compareTo(other.value);
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
