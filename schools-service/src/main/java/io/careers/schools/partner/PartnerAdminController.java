package io.careers.schools.partner;

import io.careers.contracts.http.FieldError;
import io.careers.contracts.http.Problem;
import io.careers.contracts.http.ProblemException;
import io.careers.contracts.http.RequestChecks;
import io.careers.contracts.http.openapi.InvalidFieldsAnswer;
import io.careers.contracts.id.IdentifierFormat;
import io.careers.schools.AdminApi;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.util.List;
import java.util.Locale;

/** Partners and their API keys, for admins (JWT with role ADMIN). */
@Controller("/api/v1/admin/partners")
@AdminApi
record PartnerAdminController(PartnerAccounts accounts, RequestChecks checks) {
    @Post
    @ApiResponse(responseCode = "201", description = "the partner's first key; its secret is shown this once",
        content = @Content(mediaType = "application/json", schema = @Schema(implementation = IssuedKey.class)))
    @ApiResponse(responseCode = "409", description = "the partner id is taken", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @InvalidFieldsAnswer
    @Operation(summary = "Creates a partner and returns its API key, once")
    HttpResponse<IssuedKey> create(@Body CreatePartnerRequest request) {
        List<FieldError> errors = checks.errors(request);
        String name = request.name() == null ? "" : request.name().strip();
        String partnerId = request.partnerId() != null ? request.partnerId() : slug(name);
        FieldError.check(IdentifierFormat.PARTNER_ID, "partnerId", partnerId, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return HttpResponse.created(accounts.create(partnerId, name));
    }

    @Post("/{partnerId}/keys")
    @ApiResponse(responseCode = "201", description = "the new key; its secret is shown this once",
        content = @Content(mediaType = "application/json", schema = @Schema(implementation = IssuedKey.class)))
    @ApiResponse(responseCode = "404", description = "no partner has the id", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "the partner has two active keys: revoke one first", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @Operation(summary = "Issues another API key (at most two active keys, for rotation)")
    HttpResponse<IssuedKey> issueKey(@PathVariable String partnerId) {
        return HttpResponse.created(accounts.issueKey(partnerId));
    }

    @Delete("/{partnerId}/keys/{keyId}")
    @ApiResponse(responseCode = "204", description = "revoked")
    @ApiResponse(responseCode = "404", description = "the partner has no active key with the id", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @Operation(summary = "Revokes an API key at once")
    HttpResponse<Void> revoke(@PathVariable String partnerId, @PathVariable String keyId) {
        accounts.revoke(partnerId, keyId);
        return HttpResponse.noContent();
    }

    private static String slug(@Nullable String name) {
        String slug = name == null ? "" : name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.length() > 63 ? slug.substring(0, 63) : slug;
    }
}
