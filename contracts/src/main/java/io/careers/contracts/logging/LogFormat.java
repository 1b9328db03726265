package io.careers.contracts.logging;

import ch.qos.logback.core.PropertyDefinerBase;

import java.util.Locale;

/**
 * Which appender of {@code careers-logback.xml} a service logs with: {@code json} (one JSON object
 * per line, for log collectors: Docker, a cluster) or {@code text} (readable in a terminal, as
 * {@code ./platform} runs the services). From the system property {@code log.format}, else the
 * variable {@code LOG_FORMAT}; anything else is text, so a typo never leaves a service without logs.
 */
public final class LogFormat extends PropertyDefinerBase {
    /** One JSON object per line. */
    public static final String JSON = "json";
    /** Readable lines. */
    public static final String TEXT = "text";

    @Override
    public String getPropertyValue() {
        return of(System.getProperty("log.format", System.getenv("LOG_FORMAT")));
    }

    /**
     * @param asked what was asked for, or null
     * @return {@code json} or {@code text}
     */
    static String of(String asked) {
        return asked != null && JSON.equals(asked.strip().toLowerCase(Locale.ROOT)) ? JSON : TEXT;
    }
}
