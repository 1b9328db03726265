package io.careers.contracts;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Values for the envelope of a new event. */
public final class EventIds {
    private EventIds() {
    }

    /** @return a new random event id */
    public static UUID newId() {
        return UUID.randomUUID();
    }

    /** @return now, truncated to microseconds so it survives a round trip through PostgreSQL */
    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
