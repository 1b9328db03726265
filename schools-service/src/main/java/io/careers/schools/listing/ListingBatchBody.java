package io.careers.schools.listing;

import io.careers.contracts.schools.ListingDocument;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/**
 * The body of {@code POST /api/v1/partner/listings/batch} as OpenAPI describes it. The controller
 * reads the body as text (to name every bad field of every listing) and also takes the bare array.
 *
 * @param listings the listing documents, 5,000 at most
 */
@Schema(name = "ListingBatch", description = "Listings to create or update; the bare array is accepted too")
record ListingBatchBody(
    @ArraySchema(schema = @Schema(implementation = ListingDocument.class),
        maxItems = PartnerListingController.MAX_BATCH) List<ListingDocument> listings) {
}
