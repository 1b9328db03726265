package io.careers.salary.estimate;

import io.careers.contracts.salary.Area;
import io.careers.contracts.salary.WageEstimate;
import io.careers.messaging.inbound.Inbound;
import io.careers.messaging.inbound.InvalidRecordException;
import io.careers.salary.estimate.EstimateStore.StoredEstimate;
import io.careers.salary.occupation.OccupationStatsPublisher;
import io.careers.salary.release.ReleaseLifecycle;
import io.careers.salary.release.ReleaseStatus;
import io.careers.salary.release.ReleaseStore;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Applies a batch of estimates in one transaction: store them (highest revision wins), count new
 * keys per release, announce corrections to complete releases, and promote a release the batch
 * completed.
 */
@Singleton
class EstimateIngest {
    private final EstimateStore estimates;
    private final ReleaseStore releases;
    private final ReleaseLifecycle lifecycle;
    private final OccupationStatsPublisher stats;

    EstimateIngest(EstimateStore estimates, ReleaseStore releases, ReleaseLifecycle lifecycle,
                   OccupationStatsPublisher stats) {
        this.estimates = estimates;
        this.releases = releases;
        this.lifecycle = lifecycle;
        this.stats = stats;
    }

    @Transactional
    void apply(List<Inbound<WageEstimate>> batch) {
        List<WageEstimate> latest = highestRevisionPerKey(batch);
        checkPeriods(latest);
        List<StoredEstimate> stored = estimates.upsert(latest);

        Map<String, Long> newKeys = new TreeMap<>();
        TreeSet<String> corrected = new TreeSet<>();
        for (StoredEstimate row : stored) {
            newKeys.merge(row.releaseId(), row.inserted() ? 1L : 0L, Long::sum);
        }
        // Sorted order: concurrent batches lock release rows in the same order and cannot deadlock.
        for (Map.Entry<String, Long> release : newKeys.entrySet()) {
            ReleaseStatus status = releases.addReceived(release.getKey(), release.getValue());
            if (status == ReleaseStatus.PENDING) {
                continue;
            }
            if (release.getValue() > 0) {
                throw new InvalidRecordException("release " + release.getKey() + " is already " + status
                    + ": it cannot take an estimate with a new key (only corrections of existing keys, with a "
                    + "higher revision). Publish a new release instead");
            }
            stored.stream()
                .filter(row -> row.releaseId().equals(release.getKey()) && Area.NATIONAL_CODE.equals(row.areaCode()))
                .forEach(row -> corrected.add(row.socCode()));
        }
        if (!corrected.isEmpty()) {
            stats.publish(corrected);
        }
        newKeys.forEach((releaseId, count) -> {
            if (count > 0) {
                lifecycle.promoteIfComplete(releaseId);
            }
        });
    }

    /** Within a batch, the highest revision of a key wins; among equal ones, the first. */
    private static List<WageEstimate> highestRevisionPerKey(List<Inbound<WageEstimate>> batch) {
        Map<String, WageEstimate> byKey = new LinkedHashMap<>();
        for (Inbound<WageEstimate> inbound : batch) {
            WageEstimate e = inbound.value();
            byKey.merge(e.key(), e, (kept, next) -> next.revision() > kept.revision() ? next : kept);
        }
        return List.copyOf(byKey.values());
    }

    private void checkPeriods(List<WageEstimate> latest) {
        Map<String, String> periods = new TreeMap<>();
        latest.forEach(e -> periods.putIfAbsent(e.releaseId(), e.referencePeriod()));
        Map<String, String> stored = releases.register(periods);
        for (WageEstimate e : latest) {
            String period = stored.get(e.releaseId());
            if (!e.referencePeriod().equals(period)) {
                throw new InvalidRecordException("referencePeriod: " + e.referencePeriod() + " disagrees with release "
                    + e.releaseId() + ", whose estimates are for " + period);
            }
        }
    }
}
