package io.careers.salary.release;

import io.careers.contracts.http.Problem;
import io.careers.contracts.http.openapi.ServiceUnavailableAnswer;
import io.careers.contracts.problem.DomainException;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;

/** Releases and their status, for data teams. */
@Controller("/api/v1/releases")
@ExecuteOn(TaskExecutors.BLOCKING)
@ServiceUnavailableAnswer
@Tag(name = "releases")
record ReleaseController(ReleaseRepository releases, RejectionRepository rejections) {
    @Get
    @Operation(summary = "Every release with its status and received/expected estimate counts, newest first")
    List<ReleaseResponse> all() {
        return releases.listNewestFirst().stream().map(ReleaseResponse::of).toList();
    }

    @Get("/{releaseId}")
    @ApiResponse(responseCode = "404", description = "no release has the id", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @Operation(summary = "One release: its status, its parts with the estimates announced, received and rejected of "
        + "each, what a PENDING release waits for, and its records that were dead-lettered, with their reasons")
    ReleaseResponse one(String releaseId) {
        return releases.findById(releaseId).map(ReleaseResponse::of)
            .map(release -> release.withDetail(rejections.countByRelease(releaseId), rejections.firstOf(releaseId),
                rejections.countsByPart(releaseId)))
            .orElseThrow(() -> DomainException.notFound("No release " + releaseId + " is known."));
    }
}
