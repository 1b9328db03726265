package io.careers.contracts.http.openapi;

import io.careers.contracts.http.Problem;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** OpenAPI: the operation answers 400 problem+json to a body that is not JSON. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ApiResponse(responseCode = "400", description = "a body that is not JSON (the detail names the line and column)",
    content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
public @interface MalformedJsonAnswer {
}
