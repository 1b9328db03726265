package io.careers.articles.article;

import io.careers.contracts.api.articles.ArticleLocation;
import io.careers.contracts.api.articles.ArticlesPage;
import io.careers.contracts.api.articles.PublishedArticle;
import io.careers.contracts.http.Problem;
import io.careers.contracts.http.ProblemException;
import io.careers.contracts.http.openapi.InvalidFieldsAnswer;
import io.careers.contracts.http.openapi.ServiceUnavailableAnswer;
import io.careers.contracts.id.IdentifierFormat;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** What anyone can read: live articles only, figures rendered from the local read model. */
@Controller("/api/v1/articles")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@InvalidFieldsAnswer
@ServiceUnavailableAnswer
@Tag(name = "public")
record PublicArticleController(LiveArticleQueries live, ArticlePresenter presenter) {
    @Get("/by-slug/{slug}")
    @ApiResponse(responseCode = "404", description = "no published article has the slug", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @Operation(summary = "A live article by its slug or an older one; the body names the current slug")
    PublishedArticle bySlug(@PathVariable String slug) {
        if (!IdentifierFormat.SLUG.matches(slug)) {
            // Not a slug any article can have: answered without asking PostgreSQL, which refuses some
            // bytes (NUL) with an error of its own.
            throw ProblemException.notFound("No published article has this slug: " + IdentifierFormat.SLUG.problem(slug));
        }
        return live.bySlug(slug).map(presenter::published)
            .orElseThrow(() -> ProblemException.notFound("No published article has the slug " + slug + "."));
    }

    @Get("/locations")
    @Operation(summary = "Every live article's slug and when it last changed, by slug, at most 50,000 (a sitemap's limit)")
    ArticleLocation.All locations() {
        return new ArticleLocation.All(live.locations());
    }

    @Get
    @Operation(summary = "Live articles, newest first, optionally of one category")
    ArticlesPage list(@Nullable @QueryValue String category, @Nullable @QueryValue Integer page,
                      @Nullable @QueryValue Integer size) {
        return live.list(category == null || category.isBlank() ? null : category.strip(), Paging.of(page, size));
    }
}
