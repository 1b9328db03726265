package io.careers.contracts.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The years an employment projection spans, e.g. {@code 2012-2022}. Checked once, when made; written in JSON as the plain string.
 *
 * @param value the identifier's text
 */
@Serdeable
public record ProjectionPeriod(String value) implements Comparable<ProjectionPeriod> {
    /** @throws InvalidIdentifierException when the text is not a span YYYY-YYYY */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public ProjectionPeriod {
        IdentifierFormat.PROJECTION_PERIOD.require(value);
    }

    @Override
    public int compareTo(ProjectionPeriod other) {
        return value.compareTo(other.value);
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
