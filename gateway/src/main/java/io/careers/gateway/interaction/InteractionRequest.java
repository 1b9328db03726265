package io.careers.gateway.interaction;

import io.careers.contracts.http.Identifier;
import io.careers.contracts.id.IdentifierFormat;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/v1/interactions}.
 *
 * @param type       {@code LISTING_VIEWED} or {@code LISTING_CLICKED}
 * @param listingId  the listing shown or clicked
 * @param slug       the career page it was on
 * @param impression the {@code Impression-Token} of the answer that showed the listing: a view or
 *                   click counts once per token and listing
 */
@Serdeable
public record InteractionRequest(
    @NotNull(message = TYPES) @Pattern(regexp = "LISTING_VIEWED|LISTING_CLICKED", message = TYPES) @Nullable String type,
    @Identifier(IdentifierFormat.LISTING_ID) @Nullable String listingId,
    @Identifier(IdentifierFormat.SLUG) @Nullable String slug,
    @NotBlank(message = "missing: send the Impression-Token header of the answer that showed the listing")
    @Size(max = 4096) @Nullable String impression) {
    private static final String TYPES = "must be LISTING_VIEWED or LISTING_CLICKED";

}
