package io.careers.contracts.http.openapi;

import io.careers.contracts.http.Problem;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** OpenAPI: the operation answers 422 problem+json, with {@code errors[]} naming each field, to a body or query it refuses. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ApiResponse(responseCode = "422", description = "invalid fields, with errors[] naming each field and what is wrong",
    content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
public @interface InvalidFieldsAnswer {
}
