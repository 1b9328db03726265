package io.careers.articles.article;

import io.careers.contracts.http.FieldError;
import io.careers.contracts.http.PageRequest;
import io.careers.contracts.problem.DomainException;
import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.List;

/** The paging of the article lists and search: page from 1, size 1 to {@value #MAX_SIZE}, 20 by default. */
public final class Paging {
    static final int MAX_SIZE = 100;

    private Paging() {
    }

    /** @throws DomainException 422 naming each bad parameter */
    static PageRequest of(@Nullable Integer page, @Nullable Integer size) {
        List<FieldError> errors = new ArrayList<>();
        PageRequest request = check(page, size, errors);
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        return request;
    }

    /**
     * @param page   the page asked for, or null for the first
     * @param size   the size asked for, or null for 20
     * @param errors where a bad parameter is named, beside the caller's other checks
     * @return the page, also when a parameter was bad
     */
    public static PageRequest check(@Nullable Integer page, @Nullable Integer size, List<FieldError> errors) {
        return PageRequest.check(page, size, 20, MAX_SIZE, "page", "size", errors);
    }
}
