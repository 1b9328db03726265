package io.careers.gateway.careers;

import io.careers.contracts.http.FieldError;
import io.careers.contracts.http.PageRequest;
import io.careers.contracts.http.Problem;
import io.careers.contracts.http.ProblemException;
import io.careers.contracts.http.SearchQuery;
import io.careers.contracts.http.openapi.RateLimitedAnswer;
import io.careers.contracts.id.IdentifierFormat;
import io.careers.contracts.page.CareersPage;
import io.careers.gateway.backend.ArticlesBackend;
import io.careers.gateway.cache.CareersKey;
import io.careers.gateway.cache.GatewayCaches;
import io.careers.gateway.page.GatewaySettings;
import io.careers.gateway.page.HttpCaching;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import reactor.core.publisher.Mono;

import java.util.ArrayList;
import java.util.List;

/** The index of published career pages, and search over them, from articles-service through the cache. */
@Controller("/api/v1/careers")
@Tag(name = "pages")
record CareersController(ArticlesBackend articles, GatewayCaches caches, HttpCaching http, GatewaySettings settings) {
    private static final int MAX_SIZE = 100;

    @Get
    @Operation(summary = "Published career pages, newest first, optionally of one category; with q, those that match "
        + "its words, best match first, each with a snippet where the words are marked",
        description = "q: up to 200 characters and 10 words; letters and digits count, each word may be the start of "
            + "one (\"medic reco\"), and a title close to what was typed is found despite typing mistakes.")
    @ApiResponse(responseCode = "200", description = "a page of the index or of search results",
        content = @Content(mediaType = "application/json", schema = @Schema(implementation = CareersPage.class)))
    @ApiResponse(responseCode = "304", description = "If-None-Match names the page's ETag: unchanged")
    @ApiResponse(responseCode = "422", description = "a bad page, size, category or q, with errors[]",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @RateLimitedAnswer
    @ApiResponse(responseCode = "503", description = "articles-service cannot answer and nothing is cached",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    Mono<HttpResponse<?>> index(@Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size,
                                @Nullable @QueryValue String category, @Nullable @QueryValue String q,
                                @Nullable @Header(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        List<FieldError> errors = new ArrayList<>();
        SearchQuery query = SearchQuery.check(q, "q", errors);
        PageRequest request = PageRequest.check(page, size, 20, MAX_SIZE, "page", "size", errors);
        int pageNumber = request.page();
        int pageSize = request.size();
        if (category != null) {
            FieldError.check(IdentifierFormat.SLUG, "category", category, errors);
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        CareersKey key = new CareersKey(pageNumber, pageSize, category, query == null ? null : query.text());
        return caches.careers().get(key, () -> query == null ? articles.index(pageNumber, pageSize, category)
                : articles.search(query, pageNumber, pageSize, category), settings.deadline())
            .<HttpResponse<?>>map(hit -> http.respond(http.render(hit.value()), ifNoneMatch, !hit.stale()))
            .onErrorResume(e -> Mono.just(http.problem(HttpStatus.SERVICE_UNAVAILABLE,
                "The careers index cannot be had right now; try again shortly.", "/api/v1/careers", "no-store")
                .header(HttpHeaders.RETRY_AFTER, "1")));
    }
}
