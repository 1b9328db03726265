package io.careers.gateway.page;

import io.careers.contracts.http.Problem;
import io.careers.contracts.http.openapi.RateLimitedAnswer;
import io.careers.contracts.id.IdentifierFormat;
import io.careers.contracts.page.CareerPage;
import io.careers.contracts.page.SectionStatus;
import io.careers.gateway.cache.GatewayCaches;
import io.careers.gateway.cache.PageKey;
import io.careers.gateway.cache.RenderedPage;
import io.careers.gateway.impression.ImpressionTokens;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import reactor.core.publisher.Mono;

/** The career page in one call, and its schools section alone for "Next »". */
@Controller("/api/v1/pages/careers")
@Tag(name = "pages")
@ApiResponse(responseCode = "422", description = "a bad filter or page parameter, with errors[]",
    content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
@RateLimitedAnswer
@ApiResponse(responseCode = "503", description = "articles-service cannot answer and no copy of the article is cached, "
    + "or the gateway is composing its limit of pages (gateway.shedding); Retry-After: 1",
    content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
record CareerPageController(PageComposer composer, GatewayCaches caches, HttpCaching http, CompositionAdmission admission,
                            ImpressionTokens impressions) {
    private static final AttributeKey<String> PAGE_CACHE = AttributeKey.stringKey("gateway.page.cache");

    @Get("/{slug}")
    @Operation(summary = "Everything a career page shows: article, salary, schools, related content")
    @ApiResponse(responseCode = "200", description = "the page; sections may be degraded (meta.degraded)",
        content = @Content(mediaType = "application/json", schema = @Schema(implementation = CareerPage.class)),
        headers = {
            @io.swagger.v3.oas.annotations.headers.Header(name = "ETag", description = "weak; equal for equal content",
                schema = @Schema(type = "string")),
            @io.swagger.v3.oas.annotations.headers.Header(name = "Last-Modified",
                description = "when the article's live revision went live (revalidate with If-None-Match)",
                schema = @Schema(type = "string")),
            @io.swagger.v3.oas.annotations.headers.Header(name = ImpressionTokens.HEADER,
                description = "when the page shows schools: a token to send with views and clicks of them "
                    + "(POST /api/v1/interactions); every answer, 304 too, has its own", schema = @Schema(type = "string"))})
    @ApiResponse(responseCode = "304", description = "If-None-Match names the page's ETag: unchanged")
    @ApiResponse(responseCode = "404", description = "no published career page has the slug (cached 5 s)",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    Mono<HttpResponse<?>> page(@PathVariable String slug, @RequestBean SchoolsFilterParameters filters,
                               @Nullable @QueryValue Integer schoolsPage, @Nullable @QueryValue Integer schoolsSize,
                               @Nullable @Header(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        SchoolsFilter filter = SchoolsFilter.of(filters, schoolsPage, schoolsSize, "schoolsPage", "schoolsSize");
        String path = "/api/v1/pages/careers/" + slug;
        if (!IdentifierFormat.SLUG.matches(slug)) {
            return Mono.just(notFound(slug, path));
        }
        PageKey key = filter.pageKey(slug);
        RenderedPage cached = caches.pages().get(key);
        // The request's span says whether the page was composed; the backend calls, if any, are its children.
        Span.current().setAttribute(PAGE_CACHE, cached != null ? "hit" : "miss");
        if (cached != null) {
            return Mono.just(shown(http.respond(cached, ifNoneMatch, true), slug, cached));
        }
        return admission.admit(() -> {
            long generation = caches.pages().generation();
            return composer.page(slug, filter).map(outcome -> {
                if (outcome instanceof PageOutcome.Composed composed) {
                    RenderedPage page = http.render(composed.page());
                    if (composed.wholeAndFresh() && !caches.settlingNow()) {
                        caches.pages().put(key, page, generation);
                    }
                    return shown(http.respond(page, ifNoneMatch, composed.wholeAndFresh()), slug, page);
                }
                return failure(outcome, slug, path);
            });
        }, () -> atCapacity(path));
    }

    @Get("/{slug}/schools")
    @Operation(summary = "The Popular Schools section alone, for another page of it")
    @ApiResponse(responseCode = "200", description = "the schools section",
        content = @Content(mediaType = "application/json", schema = @Schema(implementation = CareerPage.SchoolsPart.class)),
        headers = @io.swagger.v3.oas.annotations.headers.Header(name = ImpressionTokens.HEADER,
            description = "when the section shows schools: the token to send with views and clicks of them",
            schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "304", description = "If-None-Match names the section's ETag: unchanged")
    @ApiResponse(responseCode = "404", description = "no published career page has the slug",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    Mono<HttpResponse<?>> schools(@PathVariable String slug, @RequestBean SchoolsFilterParameters filters,
                                  @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size,
                                  @Nullable @Header(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        SchoolsFilter filter = SchoolsFilter.of(filters, page, size, "page", "size");
        String path = "/api/v1/pages/careers/" + slug + "/schools";
        if (!IdentifierFormat.SLUG.matches(slug)) {
            return Mono.just(notFound(slug, path));
        }
        return admission.admit(() -> composer.schools(slug, filter).map(outcome -> {
            if (outcome instanceof PageOutcome.SchoolsOnly only) {
                RenderedPage section = http.render(only.schools());
                return shown(http.respond(section, ifNoneMatch, only.schools().status() == SectionStatus.OK), slug, section);
            }
            return failure(outcome, slug, path);
        }), () -> atCapacity(path));
    }

    /**
     * Adds the impression token of the listings the answer shows, also to a 304: the reader shows the
     * body it has and needs a token to report it. Each answer gets its own token ({@link HttpCaching}
     * keeps it out of shared caches).
     */
    private MutableHttpResponse<?> shown(MutableHttpResponse<?> response, String slug, RenderedPage page) {
        if (!page.listingIds().isEmpty()) {
            response.header(ImpressionTokens.HEADER, impressions.issue(slug, page.listingIds()));
        }
        return response;
    }

    private HttpResponse<?> failure(PageOutcome outcome, String slug, String path) {
        return outcome instanceof PageOutcome.NotFound ? notFound(slug, path) : unavailable(path);
    }

    private HttpResponse<?> notFound(String slug, String path) {
        return http.problem(HttpStatus.NOT_FOUND, "No published career page has the slug " + slug + ".", path, http.notFoundCacheControl());
    }

    private HttpResponse<?> atCapacity(String path) {
        return unavailable("The gateway is composing as many pages as it may at once; try again in a second.", path);
    }

    private HttpResponse<?> unavailable(String path) {
        return unavailable("The article cannot be had right now; try again shortly.", path);
    }

    /** 503, never stored: come back in a second. */
    private HttpResponse<?> unavailable(String detail, String path) {
        return http.problem(HttpStatus.SERVICE_UNAVAILABLE, detail, path, "no-store").header(HttpHeaders.RETRY_AFTER, "1");
    }
}
