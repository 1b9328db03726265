package io.careers.schools.campaign;

import io.careers.contracts.http.Problem;
import io.careers.contracts.http.openapi.ServiceUnavailableAnswer;
import io.careers.contracts.schools.Sponsorship;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;

/** A partner's own campaigns ({@code X-API-Key}): what its listings may name as {@code sponsorship.campaignId}. */
@Controller("/api/v1/partner/campaigns")
@Secured("PARTNER")
@ExecuteOn(TaskExecutors.BLOCKING)
@SecurityRequirement(name = "partnerKey")
@ApiResponse(responseCode = "401", description = "no X-API-Key, or a key that is unknown or revoked", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
@ServiceUnavailableAnswer
@Tag(name = "partner")
record PartnerCampaignController(Campaigns campaigns) {

    @Get
    @Operation(summary = "Your campaigns, by id, with the terms your listings that name them show")
    List<Sponsorship> list(Authentication partner) {
        return campaigns.list((String) partner.getAttributes().get("partnerId")).stream().map(Campaign::sponsorship).toList();
    }
}
