package io.careers.contracts.schools;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;

/**
 * The sponsorship a partner's listing asks for: one of the partner's own campaigns, which an admin
 * granted. The campaign, not the partner, sets the priority, the dates and the disclosure; a
 * document may repeat them (older feeds do) but only with the campaign's own values.
 *
 * @param campaignId the campaign, granted to this partner and not ended
 * @param priority   the campaign's priority, or null
 * @param activeFrom the campaign's first day, or null
 * @param activeTo   the campaign's last day, or null
 * @param disclosure the campaign's label ({@code Sponsored} or {@code Ad}), or null
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CampaignReference(String campaignId, @Nullable Integer priority, @Nullable LocalDate activeFrom,
                                @Nullable LocalDate activeTo, @Nullable String disclosure) {

    /** @return a reference that names the campaign only, as a new document should */
    public static CampaignReference to(String campaignId) {
        return new CampaignReference(campaignId, null, null, null, null);
    }
}
