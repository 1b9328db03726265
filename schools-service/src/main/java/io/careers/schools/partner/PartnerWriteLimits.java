package io.careers.schools.partner;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * One token bucket per partner over listing writes, so one partner's loop cannot take the service
 * from the others. Checked before any database work; per instance, like the gateway's limits.
 */
@Singleton
public class PartnerWriteLimits {
    private final double perNano;
    private final double burst;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    PartnerWriteLimits(PartnerWriteSettings settings) {
        this.perNano = settings.perSecond() / 1e9;
        this.burst = settings.burst();
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
     * Takes the tokens of a write, or refuses it whole.
     *
     * @param partnerId the writing partner
     * @param listings  listings written; a batch larger than the burst costs the burst
     * @throws WriteLimitExceeded when the partner's bucket does not hold them yet
     */
    public void take(String partnerId, int listings) {
        double cost = Math.min(Math.max(1, listings), burst);
        long now = System.nanoTime();
        Bucket bucket = buckets.computeIfAbsent(partnerId, p -> new Bucket(burst, now));
        synchronized (bucket) {
            bucket.tokens = Math.min(burst, bucket.tokens + (now - bucket.updatedNanos) * perNano);
            bucket.updatedNanos = now;
            if (bucket.tokens >= cost) {
                bucket.tokens -= cost;
                return;
            }
            long waitNanos = (long) Math.ceil((cost - bucket.tokens) / perNano);
            throw new WriteLimitExceeded(partnerId, listings,
                Math.max(1, TimeUnit.NANOSECONDS.toSeconds(waitNanos + 999_999_999)));
        }
    }

    /** Drops the buckets of partners that stopped writing: they are full again anyway. */
    @Scheduled(fixedDelay = "1m")
    void forgetIdle() {
        long now = System.nanoTime();
        long idle = TimeUnit.MINUTES.toNanos(5);
        buckets.values().removeIf(b -> {
            synchronized (b) {
                return now - b.updatedNanos > idle;
            }
        });
    }
}
