package io.careers.gateway.interaction;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * Body of {@code POST /api/v1/interactions}.
 *
 * @param type      {@code LISTING_VIEWED} or {@code LISTING_CLICKED}
 * @param listingId the listing shown or clicked
 * @param slug      the career page it was on
 */
@Serdeable
public record InteractionRequest(@Nullable String type, @Nullable String listingId, @Nullable String slug) {
}
