package io.careers.salary.release;

import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a batch of estimates does to releases, on the caller's transaction: registering the releases
 * it names, and counting its receipts. One statement each per batch, whatever its size.
 */
@Singleton
public record ReleaseStore(ReleaseRepository releases) {
    /**
     * Registers releases first seen in estimates and share-locks them until commit: batches of
     * estimates do not wait for each other, but a promotion waits for them, so no estimate with a
     * new key can slip into a release while it is being promoted.
     *
     * @param periods release id to the reference period its estimates give
     * @return release id to what is stored: the period (the first one seen) and the status
     */
    public Map<String, Registered> register(Map<String, String> periods) {
        String[] ids = periods.keySet().toArray(String[]::new);
        releases.registerAll(ids, periods.values().toArray(String[]::new));
        Map<String, Registered> stored = new HashMap<>();
        for (ReleaseRepository.RegisteredRelease r : releases.shareLock(ids)) {
            stored.put(r.releaseId(), new Registered(r.referencePeriod(), ReleaseStatus.valueOf(r.status())));
        }
        return stored;
    }

    /**
     * Counts newly stored estimates, on a row per release, part and shard (the Kafka partition), so
     * that consumers of different partitions never contend for one counter.
     *
     * @param received release id to where they came from to new distinct estimates
     */
    public void addReceipts(Map<String, Map<ReceiptShard, Long>> received) {
        List<String> releaseIds = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        List<Integer> shards = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        received.forEach((release, byShard) -> byShard.forEach((shard, count) -> {
            releaseIds.add(release);
            parts.add(shard.part());
            shards.add(shard.shard());
            counts.add(count);
        }));
        if (!releaseIds.isEmpty()) {
            releases.addReceipts(releaseIds.toArray(String[]::new), parts.toArray(String[]::new),
                shards.toArray(Integer[]::new), counts.toArray(Long[]::new));
        }
    }

    /**
     * Where new estimates came from: the part of the release their publisher named, and the Kafka
     * partition that delivered them.
     *
     * @param part  the part ({@code all} when the publisher named none)
     * @param shard the partition
     */
    public record ReceiptShard(String part, int shard) implements Comparable<ReceiptShard> {
        @Override
        public int compareTo(ReceiptShard other) {
            int byPart = part.compareTo(other.part);
            return byPart != 0 ? byPart : Integer.compare(shard, other.shard);
        }
    }

    /**
     * A release as a batch of estimates sees it.
     *
     * @param referencePeriod its period
     * @param status          its status
     */
    public record Registered(String referencePeriod, ReleaseStatus status) {
    }
}
