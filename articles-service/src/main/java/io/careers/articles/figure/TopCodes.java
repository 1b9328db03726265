package io.careers.articles.figure;

import io.micronaut.context.annotation.Property;
import jakarta.inject.Singleton;

import java.math.BigDecimal;

/**
 * The thresholds at which BLS top-codes wages: a top-coded measure has no number in the data,
 * and readers see "$239,200 or more". The threshold depends on the release.
 */
@Singleton
public class TopCodes {
    private static final BigDecimal RECENT_ANNUAL = new BigDecimal("239200");
    private static final BigDecimal RECENT_HOURLY = new BigDecimal("115.00");
    private static final BigDecimal EARLIER_ANNUAL = new BigDecimal("208000");
    private static final BigDecimal EARLIER_HOURLY = new BigDecimal("100.00");

    private final String recentFrom;

    /** @param recentFrom first reference period ({@code YYYY-MM}) with the recent thresholds */
    public TopCodes(@Property(name = "articles.figures.recent-top-code-from") String recentFrom) {
        this.recentFrom = recentFrom;
    }

    /**
     * @param referencePeriod the release's period
     * @param annual          annual (true) or hourly (false) measure
     * @return the threshold of that release
     */
    public BigDecimal threshold(String referencePeriod, boolean annual) {
        boolean recent = referencePeriod.compareTo(recentFrom) >= 0;
        if (annual) {
            return recent ? RECENT_ANNUAL : EARLIER_ANNUAL;
        }
        return recent ? RECENT_HOURLY : EARLIER_HOURLY;
    }
}
