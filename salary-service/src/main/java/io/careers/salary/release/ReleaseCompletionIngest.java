package io.careers.salary.release;

import io.careers.contracts.salary.ReleaseCompletion;
import io.careers.messaging.inbound.Inbound;
import io.careers.messaging.inbound.InvalidRecordException;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

/**
 * Applies completion records: the release learns its parts and, once every part is in, how many
 * estimates it must hold; then it may be promoted.
 */
@Singleton
record ReleaseCompletionIngest(ReleaseRepository releases, ReleaseLifecycle lifecycle) {
    void apply(List<Inbound<ReleaseCompletion>> batch) {
        for (Inbound<ReleaseCompletion> inbound : batch) {
            ReleaseCompletion completion = inbound.value();
            String releaseId = completion.releaseId();
            Optional<ReleaseRow> existing = lifecycle.lock(releaseId);
            CompletionRules.problem(completion, existing.orElse(null), releases.partCount(releaseId, completion.partName()))
                .ifPresent(problem -> {
                    throw new InvalidRecordException(problem);
                });
            releases.registerParts(releaseId, completion.referencePeriod(), completion.survey(),
                String.join(",", completion.partNames()));
            releases.recordPart(releaseId, completion.partName(), completion.estimateCount());
            releases.completeIfEveryPartIsIn(releaseId);
            lifecycle.promoteIfComplete(releaseId);
        }
    }
}
