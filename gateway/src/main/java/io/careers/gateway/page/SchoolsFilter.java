package io.careers.gateway.page;

import io.careers.contracts.http.FieldError;
import io.careers.contracts.http.PageRequest;
import io.careers.contracts.http.ProblemException;
import io.careers.contracts.http.SearchQuery;
import io.careers.contracts.id.IdentifierFormat;
import io.careers.contracts.schools.Credential;
import io.careers.contracts.schools.Delivery;
import io.careers.gateway.backend.SchoolsQuery;
import io.careers.gateway.cache.PageKey;
import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The schools filters of a page request, checked before anything is called.
 *
 * @param state      USPS code, or null
 * @param credential credential, or null
 * @param delivery   delivery, or null
 * @param school     words the institution's name or city must start, as understood, or null
 * @param page       page, from 1
 * @param size       1 to 50
 */
public record SchoolsFilter(@Nullable String state, @Nullable String credential, @Nullable String delivery,
                            @Nullable String school, int page, int size) {
    // schools-service's own enums: a credential it adds is a filter here without a change.
    private static final List<String> CREDENTIALS = Stream.of(Credential.values()).map(Enum::name).sorted().toList();
    private static final List<String> DELIVERIES = Stream.of(Delivery.values()).map(Enum::name).toList();
    static final int MAX_SIZE = 50;

    /**
     * @param filters   the filters as asked
     * @param page      the page asked, or null for the first
     * @param size      the page size asked, or null for 10
     * @param pageField the name of the page parameter ({@code schoolsPage} on the page, {@code page} alone)
     * @param sizeField the name of the size parameter
     * @return the filter
     * @throws ProblemException 422 naming each bad parameter
     */
    static SchoolsFilter of(SchoolsFilterParameters filters, @Nullable Integer page, @Nullable Integer size, String pageField,
                            String sizeField) {
        String state = filters.state();
        String credential = filters.credential();
        String delivery = filters.delivery();
        String school = filters.school();
        List<FieldError> errors = new ArrayList<>();
        SearchQuery words = SearchQuery.check(school, "school", errors);
        if (state != null) {
            FieldError.check(IdentifierFormat.STATE_CODE, "state", state, errors);
        }
        if (credential != null && !CREDENTIALS.contains(credential)) {
            errors.add(new FieldError("credential", "must be one of " + String.join(", ", CREDENTIALS)));
        }
        if (delivery != null && !DELIVERIES.contains(delivery)) {
            errors.add(new FieldError("delivery", "must be one of " + String.join(", ", DELIVERIES)));
        }
        PageRequest request = PageRequest.check(page, size, 10, MAX_SIZE, pageField, sizeField, errors);
        int pageNumber = request.page();
        int pageSize = request.size();
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new SchoolsFilter(state, credential, delivery, words == null ? null : words.text(), pageNumber, pageSize);
    }

    /** @return the schools-service query for these CIP codes */
    SchoolsQuery query(List<String> cipCodes) {
        return new SchoolsQuery(cipCodes.stream().sorted().distinct().toList(), state, credential, delivery, school, page, size);
    }

    /**
     * @param slug the career page's slug
     * @return the page cache's key of that page with this filter
     */
    PageKey pageKey(String slug) {
        return new PageKey(slug, state, credential, delivery, school, page, size);
    }
}
