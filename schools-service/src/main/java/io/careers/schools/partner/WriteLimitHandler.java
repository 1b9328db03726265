package io.careers.schools.partner;

import io.careers.contracts.http.ProblemException;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/** Answers {@link WriteLimitExceeded} as a 429 problem with {@code Retry-After}, which the feed tool honours. */
@Singleton
class WriteLimitHandler implements ExceptionHandler<WriteLimitExceeded, HttpResponse<?>> {
    private final ErrorResponseProcessor<?> problems;

    WriteLimitHandler(ErrorResponseProcessor<?> problems) {
        this.problems = problems;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, WriteLimitExceeded exception) {
        ProblemException problem = new ProblemException(HttpStatus.TOO_MANY_REQUESTS, exception.getMessage());
        return problems.processResponse(ErrorContext.builder(request).cause(problem).build(),
                HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS))
            .header(HttpHeaders.RETRY_AFTER, Long.toString(exception.retryAfterSeconds()));
    }
}
