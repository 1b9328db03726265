package io.careers.contracts.salary;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.careers.contracts.ContractEvent;
import io.careers.contracts.EventIds;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Event on {@code salary.release-events.v1}, key: release id. A complete release became the
 * current one. One {@link OccupationStatsChanged} follows for each changed occupation.
 *
 * @param eventId                 unique event id
 * @param eventType               {@value #TYPE}
 * @param occurredAt              when the release was promoted
 * @param schemaVersion           {@value #SCHEMA_VERSION}
 * @param releaseId               the release now current
 * @param referencePeriod         its {@code YYYY-MM}
 * @param survey                  {@code OEWS}
 * @param estimateCount           how many estimates it holds
 * @param previousReleaseId       the release it supersedes, null for the first
 * @param previousReferencePeriod that release's period, null for the first
 * @param changedOccupations      SOC codes whose current national figures changed
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ReleasePromoted(UUID eventId,
                              String eventType,
                              Instant occurredAt,
                              int schemaVersion,
                              String releaseId,
                              String referencePeriod,
                              String survey,
                              long estimateCount,
                              @Nullable String previousReleaseId,
                              @Nullable String previousReferencePeriod,
                              List<String> changedOccupations) implements ContractEvent {

    /** Event type name. */
    public static final String TYPE = "ReleasePromoted";
    /** Schema version of this record. */
    public static final int SCHEMA_VERSION = 1;

    /**
     * A new event with a fresh envelope.
     *
     * @param releaseId               the release now current
     * @param referencePeriod         its period
     * @param survey                  survey name
     * @param estimateCount           estimates in it
     * @param previousReleaseId       superseded release, or null
     * @param previousReferencePeriod superseded period, or null
     * @param changedOccupations      SOC codes whose figures changed
     * @return the event
     */
    public static ReleasePromoted of(String releaseId, String referencePeriod, String survey, long estimateCount,
                                     @Nullable String previousReleaseId, @Nullable String previousReferencePeriod,
                                     List<String> changedOccupations) {
        return new ReleasePromoted(EventIds.newId(), TYPE, EventIds.now(), SCHEMA_VERSION, releaseId,
            referencePeriod, survey, estimateCount, previousReleaseId, previousReferencePeriod, changedOccupations);
    }
}
