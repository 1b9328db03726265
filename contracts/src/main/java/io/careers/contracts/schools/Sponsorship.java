package io.careers.contracts.schools;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;

/**
 * A paid placement. It ranks a listing first only while its campaign is active, and it is always
 * shown with its disclosure.
 *
 * @param campaignId the partner's campaign
 * @param priority   rank among sponsored placements, higher first
 * @param activeFrom first day the campaign is active
 * @param activeTo   last day the campaign is active
 * @param disclosure label shown with the placement, e.g. {@code Sponsored}
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Sponsorship(String campaignId, int priority, LocalDate activeFrom, LocalDate activeTo,
                          @Nullable String disclosure) {
}
