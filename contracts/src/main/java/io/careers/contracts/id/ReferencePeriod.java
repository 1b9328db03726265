package io.careers.contracts.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The month an OEWS release describes, e.g. {@code 2013-05}. Checked once, when made; written in JSON as the plain string.
 *
 * @param value the identifier's text
 */
@Serdeable
public record ReferencePeriod(String value) implements Comparable<ReferencePeriod> {
    /** @throws InvalidIdentifierException when the text is not a month YYYY-MM */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public ReferencePeriod {
        IdentifierFormat.REFERENCE_PERIOD.require(value);
    }

    @Override
    public int compareTo(ReferencePeriod other) {
        return value.compareTo(other.value);
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
