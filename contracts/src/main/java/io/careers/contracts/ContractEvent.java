package io.careers.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * The envelope every event a service publishes carries in its value (contracts v1, "Kafka
 * conventions"): a unique id, its type (also sent as the {@code eventType} header), when it
 * happened, and the version of its schema.
 */
public interface ContractEvent {

    /** Header that repeats {@link #eventType()} so consumers can route without parsing. */
    String EVENT_TYPE_HEADER = "eventType";

    /** @return unique id of this event; consumers use it to apply the event once */
    UUID eventId();

    /** @return the event type, e.g. {@code OccupationStatsChanged} */
    String eventType();

    /** @return when the change happened, UTC */
    Instant occurredAt();

    /** @return version of the event's JSON Schema */
    int schemaVersion();
}
