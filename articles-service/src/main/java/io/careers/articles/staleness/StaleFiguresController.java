package io.careers.articles.staleness;

import io.careers.articles.article.LiveArticle;
import io.careers.articles.article.LiveArticleQueries;
import io.careers.articles.figure.FigureResolver;
import io.careers.articles.figure.FigureStore;
import io.careers.contracts.http.Problem;
import io.careers.contracts.http.ProblemException;
import io.careers.contracts.http.openapi.BearerTokenRequired;
import io.careers.contracts.http.openapi.ServiceUnavailableAnswer;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The staleness report for editors, computed from the current state on each request. */
@Controller("/api/v1/reports/stale-figures")
@Secured({"EDITOR", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
@BearerTokenRequired
@ServiceUnavailableAnswer
@Tag(name = "editorial")
record StaleFiguresController(PromotionRepository promotions, LiveArticleQueries live, FigureStore figures, FigureResolver resolver) {
    @Get
    @ApiResponse(responseCode = "404", description = "no promotion of the named release has been received", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @Operation(summary = "Published articles whose figures changed, that cite old periods, or use replaced occupation codes, after the latest (or the named) release promotion")
    StaleFiguresReport report(@Nullable @QueryValue String releaseId) {
        Promotion promotion = releaseId == null ? promotions.latest().orElse(null)
            : promotions.findById(releaseId).orElseThrow(() -> ProblemException.notFound(
                "No promotion of release " + releaseId + " has been received."));
        List<LiveArticle> articles = live.all();
        Set<String> codes = new HashSet<>();
        articles.forEach(a -> codes.addAll(StalenessAnalysis.codesOf(a.content())));
        return new StalenessAnalysis(resolver, figures.find(codes)).report(promotion, articles);
    }
}
