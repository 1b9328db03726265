package io.careers.contracts.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A data team's id of an OEWS release, e.g. {@code OEWS-2013-05}. Checked once, when made; written in JSON as the plain string.
 *
 * @param value the identifier's text
 */
@Serdeable
public record ReleaseId(String value) implements Comparable<ReleaseId> {
    /** @throws InvalidIdentifierException when the text is not a release id */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public ReleaseId {
        IdentifierFormat.RELEASE_ID.require(value);
    }

    @Override
    public int compareTo(ReleaseId other) {
        return value.compareTo(other.value);
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
