package io.careers.salary.occupation;

import io.careers.contracts.api.salary.OccupationResponse;
import io.careers.contracts.api.salary.OccupationsResponse;
import io.careers.contracts.http.FieldError;
import io.careers.contracts.http.Problem;
import io.careers.contracts.http.ProblemException;
import io.careers.contracts.http.openapi.InvalidQueryAnswer;
import io.careers.contracts.http.openapi.ServiceUnavailableAnswer;
import io.careers.contracts.id.IdentifierFormat;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The occupation read API: current and historical figures, projections and lineage. */
@Controller("/api/v1/occupations")
@ExecuteOn(TaskExecutors.BLOCKING)
@InvalidQueryAnswer
@ServiceUnavailableAnswer
@Tag(name = "occupations")
record OccupationController(OccupationReader reader) {
    @Get("/{soc}")
    @ApiResponse(responseCode = "404", description = "no figures, projection or lineage are known for the code", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @Operation(summary = "An occupation's current national figures, current projection and SOC lineage")
    OccupationResponse one(@PathVariable String soc) {
        List<FieldError> errors = new ArrayList<>();
        QueryParameters.soc("soc", soc, errors);
        QueryParameters.check(errors);
        return reader.views(List.of(soc)).values().stream().findFirst().map(OccupationView::toResponse)
            .orElseThrow(() -> ProblemException.notFound("No figures, projection or lineage are known for SOC " + soc + "."));
    }

    @Get
    @Operation(summary = "Several occupations at once (codes=29-2072,31-9092; at most 100); with release=OEWS-2013-05,"
        + " the national figures of that release for the occupations it has")
    OccupationsResponse several(@Nullable @QueryValue String codes, @Nullable @QueryValue String release) {
        List<FieldError> errors = new ArrayList<>();
        List<String> asked = QueryParameters.codes(codes, errors);
        if (release != null) {
            FieldError.check(IdentifierFormat.RELEASE_ID, "release", release, errors);
        }
        QueryParameters.check(errors);
        Map<String, OccupationView> views = reader.views(asked);
        return new OccupationsResponse(
            asked.stream().filter(views::containsKey).map(code -> views.get(code).toResponse(release)).toList(),
            asked.stream().filter(code -> !views.containsKey(code)).toList());
    }

    @Get("/{soc}/wages")
    @ApiResponse(responseCode = "404", description = "no complete release has an estimate for the code, area and period", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @Operation(summary = "An occupation's estimate in an area, for the current release or a period (YYYY-MM)")
    EstimateView wages(@PathVariable String soc, @QueryValue(defaultValue = "0000000") String area,
                       @QueryValue(defaultValue = "current") String period) {
        List<FieldError> errors = new ArrayList<>();
        QueryParameters.soc("soc", soc, errors);
        QueryParameters.area(area, errors);
        String month = QueryParameters.period(period, errors);
        QueryParameters.check(errors);
        return reader.estimate(soc, area, month).orElseThrow(() -> ProblemException.notFound(
            "No estimate for SOC " + soc + " in area " + area + (month == null ? "" : " for " + month) + "."));
    }

    @Get("/{soc}/wages/history")
    @Operation(summary = "An occupation's estimates in an area across every complete release, newest first")
    List<EstimateView> history(@PathVariable String soc, @QueryValue(defaultValue = "0000000") String area) {
        List<FieldError> errors = new ArrayList<>();
        QueryParameters.soc("soc", soc, errors);
        QueryParameters.area(area, errors);
        QueryParameters.check(errors);
        return reader.history(soc, area);
    }
}
