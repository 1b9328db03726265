package io.careers.contracts.http;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns every error response of a service into {@code application/problem+json} (RFC 9457):
 * Micronaut's own errors (404 route, 400 unreadable body, 413, constraint violations) as well as a
 * {@link ProblemException} thrown by a controller. Errors with a path become {@code errors[]}.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
@Requires(classes = ErrorResponseProcessor.class)
public class ProblemResponseProcessor implements ErrorResponseProcessor<Problem> {
    private static final MediaType PROBLEM = MediaType.of(Problem.MEDIA_TYPE);

    @Override
    public MutableHttpResponse<Problem> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        HttpStatus status = response.getStatus();
        List<FieldError> errors = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        Throwable cause = context.getRootCause().orElse(null);
        if (cause instanceof ProblemException problem) {
            errors.addAll(problem.errors());
            messages.add(problem.getMessage());
        } else {
            for (Error error : context.getErrors()) {
                if (error.getPath().isPresent()) {
                    errors.add(new FieldError(fieldPath(error.getPath().get()), error.getMessage()));
                } else {
                    messages.add(error.getMessage());
                }
            }
            if (!errors.isEmpty() && messages.isEmpty()) {
                messages.add("The request has invalid fields.");
            }
        }
        String detail = messages.isEmpty() ? null : messages.stream().distinct().collect(Collectors.joining(" "));
        Problem body = new Problem("about:blank", status.getReason(), status.getCode(), detail,
            context.getRequest().getPath(), errors);
        return response.body(body).contentType(PROBLEM);
    }

    /** Drops the method name Micronaut puts in front of a parameter path ({@code find.codes} -> {@code codes}). */
    private static String fieldPath(String path) {
        int dot = path.indexOf('.');
        return dot > 0 && Character.isLowerCase(path.charAt(0)) && path.indexOf('.', dot + 1) < 0 ? path.substring(dot + 1) : path;
    }
}
