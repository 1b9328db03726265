package io.careers.gateway.cache;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.List;

/**
 * A composed page, serialised, with its validators.
 *
 * @param body         JSON bytes
 * @param etag         weak ETag, a hash of {@code body} without the times it was composed and fetched
 * @param lastModified when the content it shows last changed, by the data's own dates, or null when
 *                     the data carries none
 * @param listingIds   the school listings it shows, in order, for its impression token; empty for none
 */
public record RenderedPage(byte[] body, String etag, @Nullable Instant lastModified, List<String> listingIds) {

    /** @param listingIds copied */
    public RenderedPage {
        listingIds = List.copyOf(listingIds);
    }
}
