package io.careers.contracts.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A CIP 2020 program code, e.g. {@code 51.0707}. Checked once, when made; written in JSON as the plain string.
 *
 * @param value the identifier's text
 */
@Serdeable
public record CipCode(String value) implements Comparable<CipCode> {
    /** @throws InvalidIdentifierException when the text is not a CIP code */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public CipCode {
        IdentifierFormat.CIP.require(value);
    }

    @Override
    public int compareTo(CipCode other) {
        return value.compareTo(other.value);
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
