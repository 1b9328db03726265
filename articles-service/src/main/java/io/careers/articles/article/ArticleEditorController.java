package io.careers.articles.article;

import io.careers.contracts.api.articles.ArticleStatus;
import io.careers.contracts.api.articles.PublishedArticle;
import io.careers.contracts.http.Problem;
import io.careers.contracts.http.ProblemException;
import io.careers.contracts.http.RequestChecks;
import io.careers.contracts.http.openapi.BearerTokenRequired;
import io.careers.contracts.http.openapi.InvalidFieldsAnswer;
import io.careers.contracts.http.openapi.MalformedJsonAnswer;
import io.careers.contracts.http.openapi.ServiceUnavailableAnswer;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * The editorial API (JWT with role EDITOR or ADMIN): drafts, revisions, publishing. Responses
 * carry the newest revision as a strong ETag ({@code "3"}) for {@code If-Match} on the next edit.
 */
@Controller("/api/v1/articles")
@Secured({"EDITOR", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
@BearerTokenRequired
@MalformedJsonAnswer
@InvalidFieldsAnswer
@ServiceUnavailableAnswer
@Tag(name = "editorial")
record ArticleEditorController(ArticleWorkflow workflow, ArticleRepository articles, RevisionStore revisions, ArticlePresenter presenter, EditorialQueries editorial,
                               RequestChecks checks) {
    @Get("/editorial")
    @Operation(summary = "Every article in any state (drafts, scheduled, published, unpublished), most recently changed first")
    EditorialPage editorial(@Nullable @QueryValue ArticleStatus status, @Nullable @QueryValue Integer page,
                            @Nullable @QueryValue Integer size) {
        return editorial.list(status, Paging.of(page, size));
    }

    @Post
    @ApiResponse(responseCode = "201", description = "the draft; ETag: its revision; Location: the article",
        content = @Content(mediaType = "application/json", schema = @Schema(implementation = ArticleView.class)))
    @ApiResponse(responseCode = "409", description = "the slug is another article's", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @Operation(summary = "Creates a draft (revision 1); the slug is derived from the title when absent")
    HttpResponse<ArticleView> create(@Body ArticleInput input, Authentication editor) {
        ArticleState state = workflow.create(input, editor.getName());
        return tagged(HttpResponse.created(ArticleView.of(state), URI.create("/api/v1/articles/" + state.row().id())), state);
    }

    @Put("/{id}")
    @ApiResponse(responseCode = "404", description = "no article has the id", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "the body's revision is not the newest, or the slug is another article's", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "412", description = "If-Match names a revision that is not the newest", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "428", description = "neither the body's revision nor If-Match says which revision the edit is based on", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @Operation(summary = "Saves a new revision; send the revision it is based on (body or If-Match)")
    HttpResponse<ArticleView> update(@PathVariable UUID id, @Body ArticleInput input,
                                     @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch, Authentication editor) {
        ArticleState state = workflow.update(id, input, BaseRevision.of(ifMatch, input.revision(), true), editor.getName());
        return tagged(HttpResponse.ok(ArticleView.of(state)), state);
    }

    @Get("/{id}")
    @ApiResponse(responseCode = "404", description = "no article has the id", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @Operation(summary = "The newest revision (draft) with its workflow state")
    HttpResponse<ArticleView> get(@PathVariable UUID id) {
        ArticleState state = state(id);
        return tagged(HttpResponse.ok(ArticleView.of(state)), state);
    }

    @Get("/{id}/preview")
    @ApiResponse(responseCode = "404", description = "no article has the id", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @Operation(summary = "The newest revision rendered as readers would see it, with today's figures")
    PublishedArticle preview(@PathVariable UUID id) {
        return presenter.preview(state(id));
    }

    @Get("/{id}/revisions")
    @ApiResponse(responseCode = "404", description = "no article has the id", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @Operation(summary = "Every revision, newest first: who, when, what changed")
    List<RevisionSummary> revisions(@PathVariable UUID id) {
        ArticleRow row = row(id);
        return revisions.list(id, row.liveRevision());
    }

    @Get("/{id}/revisions/{revision}")
    @ApiResponse(responseCode = "404", description = "no article has the id, or it has no such revision", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @Operation(summary = "The content of one revision")
    ArticleContent revision(@PathVariable UUID id, @PathVariable int revision) {
        row(id);
        return revisions.content(id, revision)
            .orElseThrow(() -> ProblemException.notFound("Article " + id + " has no revision " + revision + "."));
    }

    @Post("/{id}/revisions/{revision}/restore")
    @ApiResponse(responseCode = "404", description = "no article has the id, or it has no such revision", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "the body's revision is not the newest, or the slug is another article's", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "412", description = "If-Match names a revision that is not the newest", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @Operation(summary = "Saves an old revision's content as a new revision (a draft; the live one is untouched)")
    HttpResponse<ArticleView> restore(@PathVariable UUID id, @PathVariable int revision,
                                      @Nullable @Body RestoreRequest request,
                                      @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch, Authentication editor) {
        BaseRevision base = BaseRevision.of(ifMatch, request == null ? null : checks.valid(request).revision(), false);
        ArticleState state = workflow.restore(id, revision, base, editor.getName());
        return tagged(HttpResponse.ok(ArticleView.of(state)), state);
    }

    @Post("/{id}/publish")
    @ApiResponse(responseCode = "404", description = "no article has the id", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "the body's revision is not the newest, or the slug is another article's", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "412", description = "If-Match names a revision that is not the newest", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @Operation(summary = "Publishes the newest revision now, or at publishAt")
    HttpResponse<ArticleView> publish(@PathVariable UUID id, @Nullable @Body PublishRequest request,
                                      @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch) {
        BaseRevision base = BaseRevision.of(ifMatch, request == null ? null : checks.valid(request).revision(), false);
        ArticleState state = workflow.publish(id, request == null ? null : request.publishAt(), base);
        return tagged(HttpResponse.ok(ArticleView.of(state)), state);
    }

    @Post("/{id}/unpublish")
    @ApiResponse(responseCode = "404", description = "no article has the id", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "the article is neither published nor scheduled", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @Operation(summary = "Takes the article down (and cancels a planned publish)")
    HttpResponse<ArticleView> unpublish(@PathVariable UUID id) {
        ArticleState state = workflow.unpublish(id);
        return tagged(HttpResponse.ok(ArticleView.of(state)), state);
    }

    private ArticleRow row(UUID id) {
        return articles.findById(id).orElseThrow(() -> ProblemException.notFound("No article has the id " + id + "."));
    }

    private ArticleState state(UUID id) {
        ArticleRow row = row(id);
        return new ArticleState(row, revisions.content(id, row.latestRevision()).orElseThrow());
    }

    private static <T> MutableHttpResponse<T> tagged(MutableHttpResponse<T> response, ArticleState state) {
        return response.header(HttpHeaders.ETAG, "\"" + state.row().latestRevision() + "\"");
    }
}
