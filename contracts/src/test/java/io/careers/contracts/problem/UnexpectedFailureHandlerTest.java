package io.careers.contracts.problem;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a client learns of a failure (nothing of its insides) and what the log keeps (everything, under an id). */
class UnexpectedFailureHandlerTest {
    private static final Pattern FAILURE_ID = Pattern.compile("logged as ([0-9a-f-]{36})\\.");
    /** Stands in for the services' problem+json writer: the body is the detail the client would read. */
    private static final ErrorResponseProcessor<String> DETAIL_AS_BODY = (context, response) ->
        response.body(context.getRootCause().map(Throwable::getMessage).orElse(""));

    private final UnexpectedFailureHandler handler = new UnexpectedFailureHandler(DETAIL_AS_BODY);
    private final Logger log = (Logger) LoggerFactory.getLogger(UnexpectedFailureHandler.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void captureTheLog() {
        logged.start();
        log.addAppender(logged);
    }

    @AfterEach
    void release() {
        log.detachAppender(logged);
    }

    @Test
    void aFailureAnswers500WithAnIdAndNoneOfItsTextWhichTheLogKeepsUnderThatId() {
        SQLException leak = new SQLException(
            "ERROR: invalid byte sequence for encoding \"UTF8\": 0x00 at jdbc:postgresql://db.internal:5432/articles", "22021");
        HttpResponse<?> answer = handler.handle(HttpRequest.GET("/api/v1/articles/by-slug/a%00b"), leak);

        assertEquals(500, answer.code());
        String detail = String.valueOf(answer.body());
        assertFalse(detail.contains("UTF8") || detail.contains("jdbc:") || detail.contains("22021"), detail);
        Matcher id = FAILURE_ID.matcher(detail);
        assertTrue(id.find(), "the detail names a failure id: " + detail);

        ILoggingEvent entry = logged.list.get(logged.list.size() - 1);
        assertTrue(entry.getFormattedMessage().contains(id.group(1)), entry.getFormattedMessage());
        assertEquals(leak.getMessage(), entry.getThrowableProxy().getMessage(), "the log keeps the whole exception");
    }

    @Test
    void anUnavailableDatabaseAnswers503WithRetryAfterAndNoAddress() {
        HttpResponse<?> answer = handler.handle(HttpRequest.GET("/api/v1/occupations"), new IllegalStateException(
            new SQLTransientConnectionException("HikariPool-1 - Connection is not available at db.internal:5432")));

        assertEquals(503, answer.code());
        assertEquals("1", answer.getHeaders().get(HttpHeaders.RETRY_AFTER));
        assertFalse(String.valueOf(answer.body()).contains("db.internal"), String.valueOf(answer.body()));
    }
}
