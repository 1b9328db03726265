package io.careers.contracts.page;

import io.careers.contracts.OccupationRef;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Current national figures of one occupation, numbers only: formatting is the front end's.
 *
 * @param code            SOC code
 * @param title           occupation title (text)
 * @param releaseId       OEWS release, or null when no release has the occupation
 * @param referencePeriod {@code YYYY-MM}, or null
 * @param employment      employment, or null
 * @param annual          annual wages
 * @param hourly          hourly wages
 * @param footnotes       footnotes by measure ({@code annual.p90: TOP_CODED}); a footnoted measure is null
 * @param projection      current projection, or null
 * @param successors      codes of a later SOC version that replaced this one (a split names several), whose
 *                        figures the releases since carry instead; empty for a code still in use
 */
@Serdeable
public record Occupation(String code, String title, @Nullable String releaseId, @Nullable String referencePeriod,
                         @Nullable Long employment, Wages annual, Wages hourly, Map<String, String> footnotes,
                         @Nullable Projection projection, List<OccupationRef> successors) {

    /**
     * Wage measures; each may be null (not in the data, or footnoted).
     *
     * @param mean   mean
     * @param p10    10th percentile
     * @param p25    25th percentile
     * @param median median
     * @param p75    75th percentile
     * @param p90    90th percentile
     */
    @Serdeable
    public record Wages(@Nullable BigDecimal mean, @Nullable BigDecimal p10, @Nullable BigDecimal p25,
                        @Nullable BigDecimal median, @Nullable BigDecimal p75, @Nullable BigDecimal p90) {
    }

    /**
     * An employment projection.
     *
     * @param period        {@code 2012-2022}
     * @param percentChange percent change over the period
     * @param annualOpenings openings a year
     */
    @Serdeable
    public record Projection(String period, @Nullable BigDecimal percentChange, @Nullable Long annualOpenings) {
    }
}
