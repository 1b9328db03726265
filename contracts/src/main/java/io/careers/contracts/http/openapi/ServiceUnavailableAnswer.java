package io.careers.contracts.http.openapi;

import io.careers.contracts.http.Problem;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** OpenAPI: the operation answers 503 problem+json with {@code Retry-After} when its database does not answer. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ApiResponse(responseCode = "503", description = "the database does not answer; Retry-After says when to try again",
    content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
public @interface ServiceUnavailableAnswer {
}
