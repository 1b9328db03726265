package io.careers.gateway.cache;

/**
 * A composed page, serialised, with its strong ETag.
 *
 * @param body JSON bytes
 * @param etag quoted strong ETag, a hash of {@code body}
 */
public record RenderedPage(byte[] body, String etag) {
}
