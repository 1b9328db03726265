package io.careers.salary.release;

import io.careers.contracts.Topics;
import io.careers.contracts.salary.ReleasePromoted;
import io.careers.messaging.outbox.OutboxWriter;
import io.careers.salary.occupation.OccupationQueries;
import io.careers.salary.occupation.OccupationStatsPublisher;
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
    private final ReleaseRepository releases;
    private final OccupationQueries occupations;
    private final OccupationStatsPublisher stats;
    private final OutboxWriter outbox;

    ReleaseLifecycle(ReleaseRepository releases, OccupationQueries occupations, OccupationStatsPublisher stats,
                     OutboxWriter outbox) {
        this.releases = releases;
        this.occupations = occupations;
        this.stats = stats;
        this.outbox = outbox;
    }

    /**
     * Locks a release for update, waiting for the batches that share-locked it, then reads it with
     * every receipt those batches committed.
     *
     * @param releaseId a release
     * @return it, locked until commit
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public Optional<ReleaseRow> lock(String releaseId) {
        // A new statement after the lock: under READ COMMITTED it sees what the waited-for batches committed.
        return releases.lockRow(releaseId).flatMap(releases::findById);
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
        Optional<ReleaseRow> locked = lock(releaseId);
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
        releases.lockPromotions();
        Optional<ReleaseRow> current = releases.lockCurrentRow().flatMap(releases::findById);
        List<String> national = occupations.nationalOccupations(releaseId);
        if (current.isEmpty() || release.referencePeriod().compareTo(current.get().referencePeriod()) >= 0) {
            current.ifPresent(c -> releases.updateStatus(c.releaseId(), ReleaseStatus.SUPERSEDED.name()));
            releases.updateStatus(releaseId, ReleaseStatus.CURRENT.name());
            outbox.append(Topics.RELEASE_EVENTS, releaseId, ReleasePromoted.of(releaseId, release.referencePeriod(),
                release.survey(), release.expectedCount(), current.map(ReleaseRow::releaseId).orElse(null),
                current.map(ReleaseRow::referencePeriod).orElse(null), national));
            LOG.info("Release {} ({}) is current, superseding {}; {} occupations changed", releaseId,
                release.referencePeriod(), current.map(ReleaseRow::releaseId).orElse("none"), national.size());
        } else {
            releases.updateStatus(releaseId, ReleaseStatus.HISTORICAL.name());
            LOG.info("Release {} ({}) completed after {} ({}) and is kept as history", releaseId,
                release.referencePeriod(), current.get().releaseId(), current.get().referencePeriod());
        }
        // Their current figures or their history changed.
        stats.publish(national);
    }
}
