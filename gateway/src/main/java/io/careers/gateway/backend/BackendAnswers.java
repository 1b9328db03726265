package io.careers.gateway.backend;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.io.IOException;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a backend's JSON answer into the answer record the backend writes (from
 * {@code io.careers.contracts.api}), and holds it to that record's constraints: identifiers in their
 * format, text and lists within their sizes, counts not negative. A backend's answer is untrusted
 * input; anything off-contract fails the whole answer with {@link MalformedResponseException}.
 */
@Singleton
public class BackendAnswers {
    private static final int MAX_REPORTED = 5;

    private final ObjectMapper json;
    private final Validator validator;

    BackendAnswers(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    /**
     * @param body JSON text of the answer
     * @param type the answer record
     * @param <T>  its type
     * @return the answer, when it has the record's shape and keeps its constraints
     * @throws MalformedResponseException naming what is wrong (never quoting a value)
     */
    public <T> T read(String body, Class<T> type) {
        T answer;
        try {
            answer = json.readValue(body, Argument.of(type));
        } catch (IOException | RuntimeException e) {
            throw new MalformedResponseException("the answer is not a " + type.getSimpleName() + ": " + firstLine(e));
        }
        if (answer == null) {
            throw new MalformedResponseException("the answer is not a " + type.getSimpleName() + ": empty");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(answer);
        if (!violations.isEmpty()) {
            throw new MalformedResponseException(violations.stream()
                .map(v -> v.getPropertyPath() + ": " + v.getMessage())
                .sorted(Comparator.naturalOrder())
                .limit(MAX_REPORTED)
                .collect(Collectors.joining("; ")));
        }
        return answer;
    }

    private static String firstLine(Exception e) {
        String message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        // The parser's message may quote the body; keep it short.
        String line = newline < 0 ? message : message.substring(0, newline);
        return line.length() <= 200 ? line : line.substring(0, 200);
    }
}
