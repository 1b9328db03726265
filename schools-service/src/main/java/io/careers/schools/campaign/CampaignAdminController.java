package io.careers.schools.campaign;

import io.careers.contracts.http.Problem;
import io.careers.contracts.http.RequestChecks;
import io.careers.contracts.http.openapi.InvalidFieldsAnswer;
import io.careers.schools.AdminApi;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.util.List;

/** Campaigns, for admins (JWT with role ADMIN): sponsorship is granted here, never declared by a partner. */
@Controller("/api/v1/admin/campaigns")
@AdminApi
record CampaignAdminController(Campaigns campaigns, RequestChecks checks) {

    @Post
    @ApiResponse(responseCode = "201", description = "the campaign", content = @Content(mediaType = "application/json",
        schema = @Schema(implementation = Campaign.class)))
    @ApiResponse(responseCode = "409", description = "a campaign has the id", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @InvalidFieldsAnswer
    @Operation(summary = "Grants a partner a campaign: priority, dates and a disclosure (SPONSORED or AD)")
    HttpResponse<Campaign> create(@Body NewCampaign campaign, Authentication admin) {
        return HttpResponse.created(campaigns.create(checks.valid(campaign), admin.getName()));
    }

    @Put("/{campaignId}")
    @ApiResponse(responseCode = "200", description = "the campaign with its new terms; its listings show them")
    @ApiResponse(responseCode = "404", description = "no campaign has the id", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @InvalidFieldsAnswer
    @Operation(summary = "Replaces a campaign's terms (an activeTo in the past ends it); its listings are announced again")
    Campaign change(@PathVariable String campaignId, @Body CampaignTerms terms, Authentication admin) {
        return campaigns.change(campaignId, checks.valid(terms), admin.getName());
    }

    @Get("/{campaignId}")
    @ApiResponse(responseCode = "404", description = "no campaign has the id", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @Operation(summary = "A campaign, with who created and last changed it")
    Campaign read(@PathVariable String campaignId) {
        return campaigns.read(campaignId);
    }

    @Get
    @Operation(summary = "Every campaign, or one partner's, by id")
    List<Campaign> list(@Nullable @QueryValue String partnerId) {
        return campaigns.list(partnerId);
    }
}
