package io.careers.articles.search;

import io.careers.articles.article.Paging;
import io.careers.contracts.api.articles.SearchHit;
import io.careers.contracts.api.articles.SearchPage;
import io.careers.contracts.http.FieldError;
import io.careers.contracts.http.PageRequest;
import io.careers.contracts.http.ProblemException;
import io.careers.contracts.http.SearchQuery;
import io.careers.contracts.http.openapi.InvalidFieldsAnswer;
import io.careers.contracts.http.openapi.ServiceUnavailableAnswer;
import io.careers.contracts.id.IdentifierFormat;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.List;

/** Search over live articles, for the gateway's {@code GET /api/v1/careers?q=}. */
@Controller("/api/v1/articles/search")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@InvalidFieldsAnswer
@ServiceUnavailableAnswer
@Tag(name = "public")
record ArticleSearchController(ArticleSearchRepository articles) {
    @Get
    @Operation(summary = "Live articles matching the words of q, best match first, each with the passage of its "
        + "text that matches marked; typing mistakes in titles are forgiven")
    SearchPage search(@Nullable @QueryValue String q, @Nullable @QueryValue String category,
                      @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size) {
        List<FieldError> errors = new ArrayList<>();
        SearchQuery query = SearchQuery.check(q, "q", errors);
        if (q == null) {
            errors.add(new FieldError("q", "is required: the words to search for"));
        }
        PageRequest paging = Paging.check(page, size, errors);
        String inCategory = category == null || category.isBlank() ? null : category.strip();
        if (inCategory != null) {
            FieldError.check(IdentifierFormat.SLUG, "category", inCategory, errors);
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        long total = articles.count(query.prefixQuery(), query.text(), inCategory);
        List<SearchHit> items = total == 0 ? List.of()
            : articles.search(query.prefixQuery(), query.text(), inCategory, Snippets.HEADLINE_OPTIONS, paging.size(),
                paging.offset()).stream()
            .map(row -> new SearchHit(row.slug(), row.title(), row.summary(), row.category(), row.publishedAt(),
                Snippets.html(row.snippet())))
            .toList();
        return new SearchPage(query.text(), items, paging.page(), paging.size(), total, paging.pagesOf(total));
    }
}
