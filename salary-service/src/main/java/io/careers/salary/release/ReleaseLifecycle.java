package io.careers.salary.release;

import io.careers.contracts.Topics;
import io.careers.contracts.salary.ReleasePromoted;
import io.careers.messaging.outbox.OutboxWriter;
import io.careers.salary.occupation.OccupationQueries;
import io.careers.salary.occupation.OccupationStatsPublisher;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Optional;

/**
 * Moves a release out of PENDING once it is complete, in the transaction that completed it: the
 * status change and its events commit together, so readers see the old release or the new one and
 * consumers hear of it exactly when it happened.
 */
@Singleton
public class ReleaseLifecycle {
    private static final Logger LOG = LoggerFactory.getLogger(ReleaseLifecycle.class);
    /** Serialises promotions, which change which release is CURRENT. */
    private static final String PROMOTION_LOCK = "SELECT pg_advisory_xact_lock(5310, 1)";

    private final ReleaseStore releases;
    private final OccupationQueries occupations;
    private final OccupationStatsPublisher stats;
    private final OutboxWriter outbox;
    private final JdbcOperations jdbc;

    ReleaseLifecycle(ReleaseStore releases, OccupationQueries occupations, OccupationStatsPublisher stats,
                     OutboxWriter outbox, JdbcOperations jdbc) {
        this.releases = releases;
        this.occupations = occupations;
        this.stats = stats;
        this.outbox = outbox;
        this.jdbc = jdbc;
    }

    /**
     * Promotes a release if its completion record and exactly the announced number of distinct
     * estimates are in: to CURRENT if its period is not older than the current one's (which becomes
     * SUPERSEDED), else to HISTORICAL.
     *
     * @param releaseId the release
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void promoteIfComplete(String releaseId) {
        Optional<ReleaseRow> locked = releases.lock(releaseId);
        if (locked.isEmpty() || locked.get().status() != ReleaseStatus.PENDING || !locked.get().isComplete()) {
            return;
        }
        ReleaseRow release = locked.get();
        long counted = releases.countEstimates(releaseId);
        if (counted != release.expectedCount()) {
            LOG.error("Release {} counts {} received estimates but holds {}; not promoting it", releaseId,
                release.receivedCount(), counted);
            return;
        }
        jdbc.execute(c -> c.createStatement().execute(PROMOTION_LOCK));
        Optional<ReleaseRow> current = releases.lockCurrent();
        List<String> national = occupations.nationalOccupations(releaseId);
        if (current.isEmpty() || release.referencePeriod().compareTo(current.get().referencePeriod()) >= 0) {
            current.ifPresent(c -> releases.setStatus(c.releaseId(), ReleaseStatus.SUPERSEDED));
            releases.setStatus(releaseId, ReleaseStatus.CURRENT);
            outbox.append(Topics.RELEASE_EVENTS, releaseId, ReleasePromoted.of(releaseId, release.referencePeriod(),
                release.survey(), release.expectedCount(), current.map(ReleaseRow::releaseId).orElse(null),
                current.map(ReleaseRow::referencePeriod).orElse(null), national));
            LOG.info("Release {} ({}) is current, superseding {}; {} occupations changed", releaseId,
                release.referencePeriod(), current.map(ReleaseRow::releaseId).orElse("none"), national.size());
        } else {
            releases.setStatus(releaseId, ReleaseStatus.HISTORICAL);
            LOG.info("Release {} ({}) completed after {} ({}) and is kept as history", releaseId,
                release.referencePeriod(), current.get().releaseId(), current.get().referencePeriod());
        }
        // Their current figures or their history changed.
        stats.publish(national);
    }
}
