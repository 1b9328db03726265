package io.careers.contracts.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A partner's id, e.g. {@code mohawk-valley-cc}. Checked once, when made; written in JSON as the plain string.
 *
 * @param value the identifier's text
 */
@Serdeable
public record PartnerId(String value) implements Comparable<PartnerId> {
    /** @throws InvalidIdentifierException when the text is not a partner id */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public PartnerId {
        IdentifierFormat.PARTNER_ID.require(value);
    }

    @Override
    public int compareTo(PartnerId other) {
        return value.compareTo(other.value);
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
