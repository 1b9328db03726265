package io.careers.contracts.http.openapi;

import io.careers.contracts.http.Problem;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** OpenAPI: the operation takes a platform bearer token (the {@code bearer} scheme) and answers 401 without a valid one, 403 without the role. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@SecurityRequirement(name = "bearer")
@ApiResponse(responseCode = "401", description = "no bearer token, or one that is expired, wrongly signed or not the platform's",
    content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "403", description = "a valid token without the role the operation needs",
    content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
public @interface BearerTokenRequired {
}
