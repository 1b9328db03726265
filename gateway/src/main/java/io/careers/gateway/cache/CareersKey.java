package io.careers.gateway.cache;

import io.micronaut.core.annotation.Nullable;

/**
 * What identifies a page of the careers index in its cache.
 *
 * @param page     page number, from 1
 * @param size     items per page
 * @param category category slug, or null for all
 * @param query    the words searched for ({@code SearchQuery.text()}), or null for the index
 */
public record CareersKey(int page, int size, @Nullable String category, @Nullable String query) {
}
