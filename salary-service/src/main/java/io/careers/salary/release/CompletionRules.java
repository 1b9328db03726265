package io.careers.salary.release;

import io.careers.contracts.salary.ReleaseCompletion;
import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.Optional;

/**
 * Whether a completion record may be applied to a release as stored. A record that would change
 * what a release already promised (its period, its parts, or the count of a part once the release
 * left PENDING) is refused with the reason, and goes to the dead-letter topic.
 */
final class CompletionRules {
    private CompletionRules() {
    }

    /**
     * @param completion   the record
     * @param release      the release as stored, or null when this record is the first word of it
     * @param partCountNow the count the same part announced before, if it did
     * @return why the record cannot be applied, or empty when it can
     */
    static Optional<String> problem(ReleaseCompletion completion, @Nullable ReleaseRow release,
                                    Optional<Long> partCountNow) {
        if (completion.part() != null && !completion.parts().contains(completion.part())) {
            return Optional.of("part: '" + completion.part() + "' is not among the parts " + completion.parts()
                + " the record names");
        }
        if (release == null) {
            return Optional.empty();
        }
        if (!release.referencePeriod().equals(completion.referencePeriod())) {
            return Optional.of("referencePeriod: " + completion.referencePeriod() + " disagrees with "
                + release.referencePeriod() + ", the period of the estimates already received for release "
                + release.releaseId());
        }
        List<String> parts = completion.partNames();
        if (release.parts() != null && !release.partNames().equals(parts)) {
            return Optional.of("parts: " + parts + " disagrees with " + release.partNames()
                + ", the parts an earlier completion record of release " + release.releaseId() + " named");
        }
        boolean changesThePart = partCountNow.isEmpty() || partCountNow.get() != completion.estimateCount();
        if (release.status() != ReleaseStatus.PENDING && changesThePart) {
            return Optional.of("estimateCount: release " + release.releaseId() + " is already " + release.status()
                + " with " + release.expectedCount() + " estimates; a completion record cannot change "
                + (parts.size() == 1 ? "its count" : "the count of part '" + completion.partName() + "'")
                + " to " + completion.estimateCount() + ". Publish a new release instead");
        }
        return Optional.empty();
    }
}
