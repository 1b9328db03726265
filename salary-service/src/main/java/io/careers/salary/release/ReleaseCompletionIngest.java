package io.careers.salary.release;

import io.careers.contracts.salary.ReleaseCompletion;
import io.careers.messaging.inbound.Inbound;
import io.careers.messaging.inbound.InvalidRecordException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

/** Applies completion records: the release learns how many estimates it must hold, then may be promoted. */
@Singleton
class ReleaseCompletionIngest {
    private final ReleaseRepository releases;
    private final ReleaseLifecycle lifecycle;

    ReleaseCompletionIngest(ReleaseRepository releases, ReleaseLifecycle lifecycle) {
        this.releases = releases;
        this.lifecycle = lifecycle;
    }

    @Transactional
    void apply(List<Inbound<ReleaseCompletion>> batch) {
        for (Inbound<ReleaseCompletion> inbound : batch) {
            ReleaseCompletion completion = inbound.value();
            Optional<ReleaseRow> existing = lifecycle.lock(completion.releaseId());
            if (existing.isPresent()) {
                checkAgrees(completion, existing.get());
            }
            releases.recordCompletion(completion.releaseId(), completion.referencePeriod(), completion.survey(),
                completion.estimateCount());
            lifecycle.promoteIfComplete(completion.releaseId());
        }
    }

    private static void checkAgrees(ReleaseCompletion completion, ReleaseRow release) {
        if (!release.referencePeriod().equals(completion.referencePeriod())) {
            throw new InvalidRecordException("referencePeriod: " + completion.referencePeriod() + " disagrees with "
                + release.referencePeriod() + ", the period of the estimates already received for release "
                + release.releaseId());
        }
        if (release.status() != ReleaseStatus.PENDING && release.expectedCount() != null
            && release.expectedCount() != completion.estimateCount()) {
            throw new InvalidRecordException("estimateCount: release " + release.releaseId() + " is already "
                + release.status() + " with " + release.expectedCount() + " estimates; a completion record cannot "
                + "change its count to " + completion.estimateCount() + ". Publish a new release instead");
        }
    }
}
