package io.careers.contracts.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The platform's id of a school listing, e.g. {@code 3f2c9a10-8d7e-4b1a-9c3e-2a1b0c9d8e7f}. Checked once, when made; written in JSON as the plain string.
 *
 * @param value the identifier's text
 */
@Serdeable
public record ListingId(String value) implements Comparable<ListingId> {
    /** @throws InvalidIdentifierException when the text is not a listing id */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public ListingId {
        IdentifierFormat.LISTING_ID.require(value);
    }

    @Override
    public int compareTo(ListingId other) {
        return value.compareTo(other.value);
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
