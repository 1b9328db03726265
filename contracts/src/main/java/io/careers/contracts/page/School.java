package io.careers.contracts.page;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One entry of the Popular Schools list.
 *
 * @param listingId   listing id (for interactions)
 * @param institution the school
 * @param program     the program
 * @param sponsored   a paid placement: show {@code disclosure} with it
 * @param disclosure  the disclosure text of a sponsored entry, else null
 */
@Serdeable
public record School(String listingId, Institution institution, Program program, boolean sponsored,
                     @Nullable String disclosure) {

    /**
     * @param name  name (text)
     * @param city  city (text)
     * @param state USPS code
     */
    @Serdeable
    public record Institution(String name, String city, String state) {
    }

    /**
     * @param title      program title (text)
     * @param cipCode    CIP code
     * @param credential credential
     * @param delivery   delivery
     */
    @Serdeable
    public record Program(String title, String cipCode, String credential, String delivery) {
    }
}
