package io.careers.contracts.problem;

import io.careers.contracts.http.ProblemException;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.UUID;

/**
 * Answers every exception that no more specific handler takes. A dependency that is unavailable
 * for now (PostgreSQL paused or down, a pool with no free connection within its timeout) gets
 * {@code 503} with {@code Retry-After}, so clients and the gateway retry instead of reporting a
 * bug; anything else gets {@code 500}. Neither answer repeats the exception's message, which may
 * carry SQL, database addresses or data: the exception is logged instead, under an id the 500 names.
 */
@Singleton
@Requires(classes = ExceptionHandler.class)
public class UnexpectedFailureHandler implements ExceptionHandler<Exception, HttpResponse<?>> {
    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedFailureHandler.class);
    private static final String RETRY_AFTER_SECONDS = "1";

    private final ErrorResponseProcessor<?> problems;

    UnexpectedFailureHandler(ErrorResponseProcessor<?> problems) {
        this.problems = problems;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, Exception exception) {
        if (Unavailability.isTransient(exception)) {
            LOG.warn("{} {}: a dependency is unavailable: {}", request.getMethodName(), request.getPath(), exception.toString());
            return answer(request, HttpStatus.SERVICE_UNAVAILABLE, "The service cannot reach its data right now; try again shortly.")
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        }
        // The id ties the answer a client reports to the one log entry with the stack trace.
        String failureId = UUID.randomUUID().toString();
        LOG.error("{} {} failed (failure {})", request.getMethodName(), request.getPath(), failureId, exception);
        return answer(request, HttpStatus.INTERNAL_SERVER_ERROR,
            "The service failed to answer; the failure is logged as " + failureId + ".");
    }

    private MutableHttpResponse<?> answer(HttpRequest<?> request, HttpStatus status, String detail) {
        ProblemException problem = new ProblemException(status, detail);
        return problems.processResponse(ErrorContext.builder(request).cause(problem).build(), HttpResponse.status(status));
    }
}
