package io.careers.contracts.schools;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A partner's listing as sent to the partner API (the partner is the API key's owner, never a
 * field of the body).
 *
 * @param externalId  the partner's own id for the listing
 * @param institution the institution
 * @param program     the program
 * @param sponsorship the campaign it is placed by; absent for an organic listing
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ListingDocument(String externalId, Institution institution, Program program,
                              @Nullable CampaignReference sponsorship) {
}
