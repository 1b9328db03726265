package io.careers.contracts.problem;

import io.careers.contracts.http.ProblemException;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/** Answers a {@link DomainException} as problem+json, with the status of its kind. */
@Singleton
@Requires(classes = ExceptionHandler.class)
public class DomainExceptionHandler implements ExceptionHandler<DomainException, HttpResponse<?>> {
    private final ErrorResponseProcessor<?> problems;

    DomainExceptionHandler(ErrorResponseProcessor<?> problems) {
        this.problems = problems;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, DomainException exception) {
        HttpStatus status = statusOf(exception.kind());
        ProblemException problem = new ProblemException(status, exception.getMessage(), exception.errors());
        return problems.processResponse(ErrorContext.builder(request).cause(problem).build(), HttpResponse.status(status));
    }

    /**
     * @param kind a kind of refusal
     * @return the HTTP status it is answered with
     */
    public static HttpStatus statusOf(DomainException.Kind kind) {
        return switch (kind) {
            case INVALID -> HttpStatus.UNPROCESSABLE_ENTITY;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case PRECONDITION_FAILED -> HttpStatus.PRECONDITION_FAILED;
            case PRECONDITION_REQUIRED -> HttpStatus.PRECONDITION_REQUIRED;
        };
    }
}
