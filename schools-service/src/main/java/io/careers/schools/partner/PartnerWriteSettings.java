package io.careers.schools.partner;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * How fast one partner may write listings, under {@code schools.partner-writes}: a token bucket per
 * partner, one token a listing (a batch costs its listings, at most the burst).
 *
 * @param perSecond listings a partner may write per second, on average
 * @param burst     listings a partner may write at once
 */
@ConfigurationProperties("schools.partner-writes")
public record PartnerWriteSettings(double perSecond, int burst) {
    /** Both limits are positive. */
    public PartnerWriteSettings {
        if (perSecond <= 0 || burst < 1) {
            throw new IllegalArgumentException("schools.partner-writes: per-second must be above 0 and burst at least 1");
        }
    }
}
