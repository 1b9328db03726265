package io.careers.salary.estimate;

import io.careers.contracts.salary.Area;
import io.careers.contracts.salary.WageEstimate;
import io.careers.messaging.inbound.Inbound;
import io.careers.messaging.inbound.InvalidRecordException;
import io.careers.salary.estimate.EstimateStore.StoredEstimate;
import io.careers.salary.occupation.OccupationStatsPublisher;
import io.careers.salary.release.ReleaseParts;
import io.careers.salary.release.ReleaseStatus;
import io.careers.salary.release.ReleaseStore;
import io.careers.salary.release.ReleaseStore.ReceiptShard;
import io.careers.salary.release.ReleaseStore.Registered;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Applies a batch of estimates in one transaction: store them (highest revision wins), count new
 * keys per release, refuse new keys in complete releases, and announce corrections to them.
 */
@Singleton
record EstimateIngest(EstimateStore estimates, ReleaseStore releases, OccupationStatsPublisher stats) {
    /**
     * Stores a batch. Promotion happens after the commit ({@link io.careers.salary.release.ReleasePromoter}),
     * so that batches of different partitions never wait for one another.
     */
    void apply(List<Inbound<WageEstimate>> batch) {
        Map<String, ReceiptShard> sourceOfKey = new HashMap<>();
        batch.forEach(inbound -> sourceOfKey.put(inbound.value().key(),
            new ReceiptShard(ReleaseParts.of(inbound.record()), inbound.record().partition())));
        List<WageEstimate> latest = highestRevisionPerKey(batch);
        Map<String, Registered> registered = register(latest);
        List<StoredEstimate> stored = estimates.upsert(latest);

        Map<String, Map<ReceiptShard, Long>> receipts = new TreeMap<>();
        TreeSet<String> corrected = new TreeSet<>();
        for (StoredEstimate row : stored) {
            ReleaseStatus status = registered.get(row.releaseId()).status();
            if (row.inserted() && status != ReleaseStatus.PENDING) {
                throw new InvalidRecordException("release " + row.releaseId() + " is already " + status
                    + ": it cannot take an estimate with a new key (only corrections of existing keys, with a "
                    + "higher revision). Publish a new release instead");
            }
            if (row.inserted()) {
                receipts.computeIfAbsent(row.releaseId(), r -> new TreeMap<>()).merge(sourceOfKey.get(row.key()), 1L, Long::sum);
            } else if (status != ReleaseStatus.PENDING && Area.NATIONAL_CODE.equals(row.areaCode())) {
                corrected.add(row.socCode());
            }
        }
        releases.addReceipts(receipts);
        if (!corrected.isEmpty()) {
            stats.publish(corrected);
        }
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

    /** Registers the batch's releases (share-locking them) and checks that every estimate agrees with its period. */
    private Map<String, Registered> register(List<WageEstimate> latest) {
        Map<String, String> periods = new TreeMap<>();
        latest.forEach(e -> periods.putIfAbsent(e.releaseId(), e.referencePeriod()));
        Map<String, Registered> stored = releases.register(periods);
        for (WageEstimate e : latest) {
            String period = stored.get(e.releaseId()).referencePeriod();
            if (!e.referencePeriod().equals(period)) {
                throw new InvalidRecordException("referencePeriod: " + e.referencePeriod() + " disagrees with release "
                    + e.releaseId() + ", whose estimates are for " + period);
            }
        }
        return stored;
    }
}
