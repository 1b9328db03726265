package io.careers.gateway.page;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.QueryValue;

/**
 * The Popular Schools filters as both page endpoints take them, bound from the query string in one
 * place ({@code @RequestBean}); {@link SchoolsFilter#of} checks them.
 *
 * @param state      a USPS state or territory code, e.g. NY
 * @param credential a credential, e.g. ASSOCIATE
 * @param delivery   CAMPUS, ONLINE or HYBRID
 * @param school     words the institution's name or city must start, e.g. "mohawk" or "utica"
 */
@Introspected
public record SchoolsFilterParameters(@Nullable @QueryValue String state, @Nullable @QueryValue String credential,
                                      @Nullable @QueryValue String delivery, @Nullable @QueryValue String school) {
}
