package io.careers.contracts.salary;

import io.careers.contracts.page.FigureFormat;

import java.math.BigDecimal;

/**
 * The thresholds at which BLS top-codes wages: a top-coded measure has no number in the data
 * ({@link Footnote#TOP_CODED}), and readers see "$239,200 or more". The threshold depends on the
 * release: $115.00 an hour or $239,200 a year from {@code recentFrom} on, $100.00 or $208,000 before.
 * One place for articles-service's prose and the site's wage table.
 *
 * @param recentFrom first reference period ({@code YYYY-MM}) with the recent thresholds
 */
public record TopCodes(String recentFrom) {
    /** The thresholds as BLS publishes them. */
    public static final TopCodes BLS = new TopCodes("2021-05");

    private static final BigDecimal RECENT_ANNUAL = new BigDecimal("239200");
    private static final BigDecimal RECENT_HOURLY = new BigDecimal("115.00");
    private static final BigDecimal EARLIER_ANNUAL = new BigDecimal("208000");
    private static final BigDecimal EARLIER_HOURLY = new BigDecimal("100.00");

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

    /**
     * @param referencePeriod the release's period
     * @param annual          annual (true) or hourly (false) measure
     * @return what a reader sees in place of the figure: {@code $239,200 or more}, {@code $115.00 or more per hour}
     */
    public String text(String referencePeriod, boolean annual) {
        BigDecimal threshold = threshold(referencePeriod, annual);
        return annual ? FigureFormat.annual(threshold) + " or more" : FigureFormat.hourlyAmount(threshold) + " or more per hour";
    }
}
