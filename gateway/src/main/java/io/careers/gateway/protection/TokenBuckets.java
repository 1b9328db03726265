package io.careers.gateway.protection;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One token bucket per client: {@code perSecond} requests a second on average, bursts up to
 * {@code burst}. Buckets of clients that stopped calling are dropped by {@link #forgetIdle}.
 */
final class TokenBuckets {
    private final double perNano;
    private final double burst;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    TokenBuckets(double perSecond, int burst) {
        this.perNano = perSecond / 1e9;
        this.burst = burst;
    }

    private static final class Bucket {
        private double tokens;
        private long updatedNanos;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.updatedNanos = now;
        }
    }

    /**
     * @param client the client's address
     * @return 0 if the request may go; otherwise the nanoseconds until it could
     */
    long tryTake(String client) {
        long now = System.nanoTime();
        Bucket bucket = buckets.computeIfAbsent(client, c -> new Bucket(burst, now));
        synchronized (bucket) {
            bucket.tokens = Math.min(burst, bucket.tokens + (now - bucket.updatedNanos) * perNano);
            bucket.updatedNanos = now;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - bucket.tokens) / perNano);
        }
    }

    /** Drops buckets that have been full for a while: their clients are not calling. */
    void forgetIdle(long idleNanos) {
        long now = System.nanoTime();
        buckets.values().removeIf(b -> {
            synchronized (b) {
                return now - b.updatedNanos > idleNanos;
            }
        });
    }

    int size() {
        return buckets.size();
    }
}
