package io.careers.contracts.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A USPS state or territory code, e.g. {@code NY}. Checked once, when made; written in JSON as the plain string.
 *
 * @param value the identifier's text
 */
@Serdeable
public record StateCode(String value) implements Comparable<StateCode> {
    /** @throws InvalidIdentifierException when the text is not a state code */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public StateCode {
        IdentifierFormat.STATE_CODE.require(value);
    }

    @Override
    public int compareTo(StateCode other) {
        return value.compareTo(other.value);
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
