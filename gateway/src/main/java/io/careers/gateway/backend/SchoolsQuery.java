package io.careers.gateway.backend;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * What the schools section asks for: the article's CIP codes plus the page's filters.
 *
 * @param cipCodes   CIP codes, sorted
 * @param state      USPS code, or null
 * @param credential credential, or null
 * @param delivery   delivery, or null
 * @param school     words of the institution's name or city ({@code SearchQuery.text()}), or null
 * @param page       page, from 1
 * @param size       page size, at most 50
 */
public record SchoolsQuery(List<String> cipCodes, @Nullable String state, @Nullable String credential,
                           @Nullable String delivery, @Nullable String school, int page, int size) {
}
