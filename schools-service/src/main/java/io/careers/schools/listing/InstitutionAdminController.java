package io.careers.schools.listing;

import io.careers.contracts.http.Problem;
import io.careers.contracts.http.openapi.InvalidFieldsAnswer;
import io.careers.schools.AdminApi;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.util.UUID;

/** Shared institutions, for admins (JWT with role ADMIN): partners' proposals and corrections. */
@Controller("/api/v1/admin/institutions")
@AdminApi
record InstitutionAdminController(InstitutionCuration curation) {
    @Get("/{institutionId}")
    @ApiResponse(responseCode = "404", description = "no institution has the id", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @Operation(summary = "An institution, what partners propose to change in it, and its corrections")
    CuratedInstitution read(@PathVariable UUID institutionId) {
        return curation.read(institutionId);
    }

    @Put("/{institutionId}")
    @ApiResponse(responseCode = "404", description = "no institution has the id", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @InvalidFieldsAnswer
    @Operation(summary = "Corrects an institution every listing of it shows; the change is kept with who made it")
    CuratedInstitution correct(@PathVariable UUID institutionId, @Body InstitutionCorrection correction,
                               Authentication admin) {
        return curation.correct(institutionId, correction, admin.getName());
    }
}
