package io.careers.contracts.schools;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * Value of {@code schools.partner-listings.v1}: a listing document fed by a partner pipeline.
 * Key {@code {partnerId}:{externalId}}; a null value (tombstone) withdraws the listing. A value
 * whose {@code partnerId} differs from the key's goes to the dead-letter topic.
 *
 * @param partnerId   the partner, must exist and match the key
 * @param externalId  the partner's own id for the listing
 * @param institution the institution
 * @param program     the program
 * @param sponsorship the campaign it is placed by, if any
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PartnerListing(String partnerId, String externalId, Institution institution, Program program,
                             @Nullable CampaignReference sponsorship) {

    /** @return the Kafka key this listing must be published under */
    public String key() {
        return partnerId + ":" + externalId;
    }
}
