package io.careers.contracts.http;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * One token bucket per client: {@code perSecond} tokens a second on average, bursts up to
 * {@code burst}. The gateway's limits per address and per trusted client and schools-service's per
 * partner are each one of these; buckets of clients that stopped calling are dropped by
 * {@link #forgetIdle}.
 */
public final class TokenBuckets {
    private final double perNano;
    private final double burst;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /**
     * @param perSecond tokens a client gets back per second
     * @param burst     tokens a client may spend at once
     */
    public TokenBuckets(double perSecond, int burst) {
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
     * @param client the client, e.g. its address
     * @return 0 if one token was taken; otherwise the nanoseconds until it could be
     */
    public long tryTake(String client) {
        return tryTake(client, 1);
    }

    /**
     * Takes the tokens of a request, or none of them.
     *
     * @param client the client, e.g. a partner id
     * @param cost   tokens the request costs; one larger than the burst costs the burst
     * @return 0 if they were taken; otherwise the nanoseconds until they could be
     */
    public long tryTake(String client, int cost) {
        double tokens = Math.min(Math.max(1, cost), burst);
        long now = System.nanoTime();
        Bucket bucket = buckets.computeIfAbsent(client, c -> new Bucket(burst, now));
        synchronized (bucket) {
            bucket.tokens = Math.min(burst, bucket.tokens + (now - bucket.updatedNanos) * perNano);
            bucket.updatedNanos = now;
            if (bucket.tokens >= tokens) {
                bucket.tokens -= tokens;
                return 0;
            }
            return (long) Math.ceil((tokens - bucket.tokens) / perNano);
        }
    }

    /**
     * @param waitNanos what {@link #tryTake} answered when it refused
     * @return the same wait as a {@code Retry-After}: whole seconds, rounded up, at least 1
     */
    public static long retryAfterSeconds(long waitNanos) {
        return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(waitNanos + 999_999_999));
    }

    /**
     * Drops buckets that have not been used for a while: their clients are not calling, and a new
     * bucket starts full anyway.
     *
     * @param idleNanos how long unused before a bucket goes
     */
    public void forgetIdle(long idleNanos) {
        long now = System.nanoTime();
        buckets.values().removeIf(b -> {
            synchronized (b) {
                return now - b.updatedNanos > idleNanos;
            }
        });
    }

    /** @return how many clients have a bucket */
    public int size() {
        return buckets.size();
    }
}
