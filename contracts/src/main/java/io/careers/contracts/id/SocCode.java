package io.careers.contracts.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A Standard Occupational Classification code, e.g. {@code 29-2071}. Checked once, when made; written in JSON as the plain string.
 *
 * @param value the identifier's text
 */
@Serdeable
public record SocCode(String value) implements Comparable<SocCode> {
    /** @throws InvalidIdentifierException when the text is not a SOC code */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public SocCode {
        IdentifierFormat.SOC.require(value);
    }

    @Override
    public int compareTo(SocCode other) {
        return value.compareTo(other.value);
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
