package io.careers.schools.campaign;

import io.careers.contracts.http.Identifier;
import io.careers.contracts.id.IdentifierFormat;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Body of {@code POST /api/v1/admin/campaigns}.
 *
 * @param campaignId the new campaign's id, what partners' listings name
 * @param partnerId  the partner it is granted to
 * @param terms      its priority, dates and disclosure
 */
@Serdeable
public record NewCampaign(
    @Identifier(IdentifierFormat.CAMPAIGN_ID) @Nullable String campaignId,
    @Identifier(IdentifierFormat.PARTNER_ID) @Nullable String partnerId,
    @NotNull @Valid @Nullable CampaignTerms terms) {
}
