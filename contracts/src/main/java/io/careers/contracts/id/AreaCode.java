package io.careers.contracts.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A 7-digit OEWS area code, e.g. {@code 0000000}. Checked once, when made; written in JSON as the plain string.
 *
 * @param value the identifier's text
 */
@Serdeable
public record AreaCode(String value) implements Comparable<AreaCode> {
    /** @throws InvalidIdentifierException when the text is not an area code */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public AreaCode {
        IdentifierFormat.AREA_CODE.require(value);
    }

    @Override
    public int compareTo(AreaCode other) {
        return value.compareTo(other.value);
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
