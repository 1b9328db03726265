package io.careers.gateway.cache;

/**
 * A composed page, serialised, with its ETag.
 *
 * @param body JSON bytes
 * @param etag weak ETag, a hash of {@code body} without the times it was composed and fetched
 */
public record RenderedPage(byte[] body, String etag) {
}
