package io.careers.gateway.payload;

import java.time.Instant;

/**
 * A published career page's place, for the sitemap.
 *
 * @param slug      current slug
 * @param updatedAt when its live revision went live
 */
public record CareerLocation(String slug, Instant updatedAt) {
}
