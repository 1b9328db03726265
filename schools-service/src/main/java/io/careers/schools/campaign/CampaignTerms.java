package io.careers.schools.campaign;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.time.LocalDate;

/**
 * What an admin sets for a campaign, as a whole: {@code PUT /api/v1/admin/campaigns/{id}} replaces
 * all four, and the campaign's listings show the new terms at once.
 *
 * @param priority   rank among sponsored placements, higher first (1 to 1000)
 * @param activeFrom first day
 * @param activeTo   last day, not before the first; a day in the past ends the campaign
 * @param disclosure {@code SPONSORED} ("Sponsored") or {@code AD} ("Ad")
 */
@Serdeable
public record CampaignTerms(
    @NotNull @Min(1) @Max(1000) @Nullable Integer priority,
    @NotNull @Nullable LocalDate activeFrom,
    @NotNull @Nullable LocalDate activeTo,
    @NotNull @Pattern(regexp = "SPONSORED|AD", message = "must be SPONSORED or AD") @Nullable String disclosure) {
}
