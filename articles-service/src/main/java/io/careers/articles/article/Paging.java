package io.careers.articles.article;

import io.careers.contracts.http.FieldError;
import io.careers.contracts.http.PageRequest;
import io.careers.contracts.problem.DomainException;
import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.List;

/** The paging of the article lists: page from 1, size 1 to {@value #MAX_SIZE}, 20 by default. */
final class Paging {
    static final int MAX_SIZE = 100;

    private Paging() {
    }

    /** @throws DomainException 422 naming each bad parameter */
    static PageRequest of(@Nullable Integer page, @Nullable Integer size) {
        List<FieldError> errors = new ArrayList<>();
        PageRequest request = PageRequest.check(page, size, 20, MAX_SIZE, "page", "size", errors);
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        return request;
    }
}
