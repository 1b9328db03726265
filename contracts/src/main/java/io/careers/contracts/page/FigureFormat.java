package io.careers.contracts.page;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * The reader-facing forms of figures, one way for the article text (articles-service) and the web site.
 * Formats: {@code $34,970}, {@code $16.81 per hour}, {@code 182,370 jobs}, {@code 22%}, {@code May 2013}.
 */
public final class FigureFormat {
    private FigureFormat() {
    }

    /** @return whole dollars with thousands separators: {@code $34,970} */
    public static String annual(BigDecimal dollars) {
        return "$" + String.format(Locale.US, "%,d", dollars.setScale(0, RoundingMode.HALF_UP).longValueExact());
    }

    /** @return dollars and cents: {@code $16.81 per hour} */
    public static String hourly(BigDecimal dollars) {
        return hourlyAmount(dollars) + " per hour";
    }

    /** @return dollars and cents: {@code $16.81} */
    public static String hourlyAmount(BigDecimal dollars) {
        return "$" + String.format(Locale.US, "%,.2f", dollars.setScale(2, RoundingMode.HALF_UP));
    }

    /** @return {@code 182,370 jobs} */
    public static String jobs(long count) {
        return String.format(Locale.US, "%,d jobs", count);
    }

    /** @return {@code 22%}, {@code 7.5%}, {@code -3%} */
    public static String percent(BigDecimal percent) {
        BigDecimal stripped = percent.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString() + "%";
    }

    /** @return {@code 2013-05} as {@code May 2013} */
    public static String period(String referencePeriod) {
        int year = Integer.parseInt(referencePeriod.substring(0, 4));
        Month month = Month.of(Integer.parseInt(referencePeriod.substring(5, 7)));
        return month.getDisplayName(TextStyle.FULL, Locale.US) + " " + year;
    }
}
