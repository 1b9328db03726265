package io.careers.schools.partner;

import io.careers.contracts.http.TokenBuckets;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

import java.util.concurrent.TimeUnit;

/**
 * One token bucket per partner over listing writes, so one partner's loop cannot take the service
 * from the others. Checked before any database work; per instance, like the gateway's limits.
 */
@Singleton
public class PartnerWriteLimits {
    private final TokenBuckets buckets;

    PartnerWriteLimits(PartnerWriteSettings settings) {
        this.buckets = new TokenBuckets(settings.perSecond(), settings.burst());
    }

    /**
     * Takes the tokens of a write, or refuses it whole.
     *
     * @param partnerId the writing partner
     * @param listings  listings written; a batch larger than the burst costs the burst
     * @throws WriteLimitExceeded when the partner's bucket does not hold them yet
     */
    public void take(String partnerId, int listings) {
        long waitNanos = buckets.tryTake(partnerId, listings);
        if (waitNanos > 0) {
            throw new WriteLimitExceeded(partnerId, listings, TokenBuckets.retryAfterSeconds(waitNanos));
        }
    }

    /** Drops the buckets of partners that stopped writing: they are full again anyway. */
    @Scheduled(fixedDelay = "1m")
    void forgetIdle() {
        buckets.forgetIdle(TimeUnit.MINUTES.toNanos(5));
    }
}
