package io.careers.schools.listing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.careers.contracts.http.FieldError;
import io.careers.contracts.http.PageRequest;
import io.careers.contracts.http.Problem;
import io.careers.contracts.http.ProblemException;
import io.careers.contracts.http.openapi.InvalidFieldsAnswer;
import io.careers.contracts.http.openapi.ServiceUnavailableAnswer;
import io.careers.contracts.schools.ListingDocument;
import io.careers.schools.listing.ListingWriter.Outcome;
import io.careers.schools.listing.ListingWriter.WriteResult;
import io.careers.schools.partner.PartnerWriteLimits;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.transaction.annotation.Transactional;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.List;

/**
 * The partner API ({@code X-API-Key}). The partner is always the key's owner: another partner's
 * listing is 404, and a body naming another partner is rejected.
 *
 * <p>Bodies are read as text and checked against the listing document's JSON Schema rather than
 * bound to {@link ListingDocument}: the check names every bad field of every listing at once,
 * where binding stops at the first. The operations' {@code requestBody} gives OpenAPI the types.
 */
@Controller("/api/v1/partner/listings")
@Secured("PARTNER")
@ExecuteOn(TaskExecutors.BLOCKING)
@SecurityRequirement(name = "partnerKey")
@ApiResponse(responseCode = "401", description = "no X-API-Key, or a key that is unknown or revoked", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "429", description = "the partner's write limit; Retry-After says when to come back", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
@ServiceUnavailableAnswer
@Tag(name = "partner")
class PartnerListingController {
    /** Most listings in one batch. */
    static final int MAX_BATCH = 5000;

    private final ListingWriter writer;
    private final ListingStore listings;
    private final PartnerWriteLimits limits;
    private final PartnerListingDocuments documents;

    PartnerListingController(ListingWriter writer, ListingStore listings, PartnerWriteLimits limits,
                             PartnerListingDocuments documents) {
        this.documents = documents;
        this.writer = writer;
        this.listings = listings;
        this.limits = limits;
    }

    @Put("/{externalId}")
    @Transactional
    @ApiResponse(responseCode = "201", description = "the listing, created",
        content = @Content(mediaType = "application/json", schema = @Schema(implementation = ListingView.class)))
    @ApiResponse(responseCode = "200", description = "the listing, updated (or unchanged)",
        content = @Content(mediaType = "application/json", schema = @Schema(implementation = ListingView.class)))
    @ApiResponse(responseCode = "400", description = "a body that is empty or not JSON", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @InvalidFieldsAnswer
    @Operation(summary = "Creates (201) or updates (200) one listing",
        requestBody = @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ListingDocument.class))))
    HttpResponse<ListingView> put(@PathVariable String externalId, @Body String body, Authentication partner) {
        String partnerId = partnerId(partner);
        limits.take(partnerId, 1);
        ListingDocument listing = documents.one(parse(body), externalId, partnerId);
        WriteResult result = writer.upsertAll(partnerId, List.of(listing), Source.API).get(0);
        ListingView view = ListingView.of(listings.lockByExternalId(partnerId, List.of(externalId)).get(externalId));
        return result.outcome() == Outcome.CREATED ? HttpResponse.created(view) : HttpResponse.ok(view);
    }

    @Post("/batch")
    @ApiResponse(responseCode = "400", description = "a body that is empty or not JSON", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "413", description = "more than 5,000 listings, or more than 5 MB", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "422", description = "invalid listings, with errors[] naming each one's index; none was stored", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @Operation(summary = "Creates or updates up to 5,000 listings (5 MB): all valid, or none stored",
        requestBody = @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ListingBatchBody.class))))
    BatchResult batch(@Body String body, Authentication partner) {
        String partnerId = partnerId(partner);
        JsonNode parsed = parse(body);
        JsonNode items = parsed.isArray() ? parsed : parsed.path("listings");
        if (!items.isArray()) {
            throw ProblemException.invalid(List.of(new FieldError("body",
                "must be a JSON array of listings, or an object with a 'listings' array")));
        }
        if (items.size() > MAX_BATCH) {
            throw new ProblemException(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "A batch holds at most " + MAX_BATCH
                + " listings; this one has " + items.size() + ". Split it.");
        }
        limits.take(partnerId, items.size());
        return BatchResult.of(writer.upsertAll(partnerId, documents.batch(items, partnerId), Source.API));
    }

    @Delete("/{externalId}")
    @ApiResponse(responseCode = "204", description = "withdrawn (also when it was already)")
    @ApiResponse(responseCode = "404", description = "the partner has no listing with the id", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @Operation(summary = "Withdraws a listing (204); withdrawing it again is 204 too")
    HttpResponse<Void> delete(@PathVariable String externalId, Authentication partner) {
        String partnerId = partnerId(partner);
        limits.take(partnerId, 1);
        writer.withdraw(partnerId, externalId, Source.API)
            .orElseThrow(() -> ProblemException.notFound("You have no listing " + externalId + "."));
        return HttpResponse.noContent();
    }

    @Get
    @Transactional(readOnly = true)
    @ApiResponse(responseCode = "400", description = "a bad page or size, with errors[]", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @Operation(summary = "Your listings, by external id, paginated")
    PartnerListingsPage list(@QueryValue(defaultValue = "1") int page, @QueryValue(defaultValue = "20") int size,
                             Authentication partner) {
        List<FieldError> errors = new ArrayList<>();
        PageRequest paging = PageRequest.check(page, size, 20, 100, "page", "size", errors);
        if (!errors.isEmpty()) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "Invalid query parameters.", errors);
        }
        ListingStore.Page result = listings.page(partnerId(partner), paging);
        return new PartnerListingsPage(result.items().stream().map(ListingView::of).toList(), page, size, result.total(),
            paging.pagesOf(result.total()));
    }

    private static String partnerId(Authentication partner) {
        return (String) partner.getAttributes().get("partnerId");
    }

    private static JsonNode parse(String body) {
        try {
            JsonNode node = ListingValidation.parse(body);
            if (node == null) {
                throw new ProblemException(HttpStatus.BAD_REQUEST, "The body is empty.");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "The body is not valid JSON: " + e.getOriginalMessage()
                + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr() + ")"));
        }
    }
}
