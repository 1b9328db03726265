package io.careers.salary.occupation;

import io.careers.contracts.OccupationRef;
import io.careers.contracts.salary.Area;
import io.careers.contracts.salary.AreaType;
import io.careers.contracts.salary.Footnote;
import io.careers.contracts.salary.WageMeasures;
import io.careers.salary.occupation.OccupationRows.EstimateRow;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Map;

/** Turns stored estimate rows into the views readers see. */
@Singleton
record EstimateRows(ObjectMapper json) {
    private static final Argument<Map<String, Footnote>> FOOTNOTES = Argument.mapOf(String.class, Footnote.class);

    EstimateView view(EstimateRow row) {
        return new EstimateView(row.releaseId(), row.referencePeriod(),
            new OccupationRef(row.socCode(), row.occupationTitle(), row.socVersion()),
            new Area(AreaType.valueOf(row.areaType()), row.areaCode(), row.areaName()), row.employment(),
            measures(row.hourlyMean(), row.hourlyP10(), row.hourlyP25(), row.hourlyMedian(), row.hourlyP75(),
                row.hourlyP90()),
            measures(row.annualMean(), row.annualP10(), row.annualP25(), row.annualMedian(), row.annualP75(),
                row.annualP90()),
            footnotes(row.footnotes()), row.revision());
    }

    /** No measure at all (an hourly-only occupation's annual figures) is no measures, not six nulls. */
    private static WageMeasures measures(BigDecimal mean, BigDecimal p10, BigDecimal p25, BigDecimal median,
                                         BigDecimal p75, BigDecimal p90) {
        if (mean == null && p10 == null && p25 == null && median == null && p75 == null && p90 == null) {
            return null;
        }
        return new WageMeasures(plain(mean), plain(p10), plain(p25), plain(median), plain(p75), plain(p90));
    }

    /**
     * @param n a stored number, e.g. {@code 34970.00}
     * @return it without trailing zeros and without an exponent ({@code 34970}), as published
     */
    static BigDecimal plain(BigDecimal n) {
        if (n == null) {
            return null;
        }
        BigDecimal stripped = n.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private Map<String, Footnote> footnotes(String text) {
        try {
            return text == null ? Map.of() : json.readValue(text, FOOTNOTES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
