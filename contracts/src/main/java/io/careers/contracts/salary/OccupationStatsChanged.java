package io.careers.contracts.salary;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.careers.contracts.ContractEvent;
import io.careers.contracts.EventIds;
import io.careers.contracts.OccupationRef;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Event on {@code salary.occupation-stats.v1}, key: SOC code. The current national figures of an
 * occupation, its national history, current projection and lineage, as salary-service holds them
 * after a promotion, a correction or a new projection. Consumers replace their copy with it.
 *
 * @param eventId        unique event id
 * @param eventType      {@value #TYPE}
 * @param occurredAt     when the change happened
 * @param schemaVersion  {@value #SCHEMA_VERSION}
 * @param occupation     the occupation
 * @param current        current national figures (from the current release, or the most recent
 *                       release that has the occupation); null if no release has it
 * @param history        national figures of every release that has the occupation, newest first
 * @param projection     current projection, null if none
 * @param lineage        SOC code lineage
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record OccupationStatsChanged(UUID eventId,
                                     String eventType,
                                     Instant occurredAt,
                                     int schemaVersion,
                                     OccupationRef occupation,
                                     @Nullable NationalFigures current,
                                     List<NationalFigures> history,
                                     @Nullable ProjectionFigures projection,
                                     Lineage lineage) implements ContractEvent {

    /** Event type name. */
    public static final String TYPE = "OccupationStatsChanged";
    /** Schema version of this record. */
    public static final int SCHEMA_VERSION = 1;

    /**
     * A new event with a fresh envelope.
     *
     * @param occupation the occupation
     * @param current    current national figures, or null
     * @param history    national history, newest first
     * @param projection current projection, or null
     * @param lineage    SOC lineage
     * @return the event
     */
    public static OccupationStatsChanged of(OccupationRef occupation, @Nullable NationalFigures current,
                                            List<NationalFigures> history, @Nullable ProjectionFigures projection,
                                            Lineage lineage) {
        return new OccupationStatsChanged(EventIds.newId(), TYPE, EventIds.now(), SCHEMA_VERSION,
            occupation, current, history, projection, lineage);
    }
}
