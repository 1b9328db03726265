package io.careers.salary.occupation;

import io.careers.contracts.OccupationRef;
import io.careers.contracts.salary.Area;
import io.careers.contracts.salary.AreaType;
import io.careers.contracts.salary.Footnote;
import io.careers.contracts.salary.WageMeasures;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

/** Maps {@code wage_estimate} rows (joined with their release's period) to {@link EstimateView}. */
@Singleton
class EstimateRows {
    /** Columns {@link #view} reads, for {@code wage_estimate e JOIN release r}. */
    static final String COLUMNS = "e.release_id, r.reference_period, e.soc_code, e.occupation_title, e.soc_version, "
        + "e.area_type, e.area_code, e.area_name, e.employment, "
        + "e.hourly_mean, e.hourly_p10, e.hourly_p25, e.hourly_median, e.hourly_p75, e.hourly_p90, "
        + "e.annual_mean, e.annual_p10, e.annual_p25, e.annual_median, e.annual_p75, e.annual_p90, "
        + "e.footnotes::text, e.revision";

    private static final Argument<Map<String, Footnote>> FOOTNOTES = Argument.mapOf(String.class, Footnote.class);

    private final ObjectMapper json;

    EstimateRows(ObjectMapper json) {
        this.json = json;
    }

    EstimateView view(ResultSet rs) throws SQLException {
        long employment = rs.getLong(9);
        Long employmentOrNull = rs.wasNull() ? null : employment;
        return new EstimateView(rs.getString(1), rs.getString(2),
            new OccupationRef(rs.getString(3), rs.getString(4), rs.getString(5)),
            new Area(AreaType.valueOf(rs.getString(6)), rs.getString(7), rs.getString(8)),
            employmentOrNull, measures(rs, 10), measures(rs, 16), footnotes(rs.getString(22)), rs.getInt(23));
    }

    private static WageMeasures measures(ResultSet rs, int first) throws SQLException {
        BigDecimal[] v = new BigDecimal[6];
        boolean any = false;
        for (int i = 0; i < 6; i++) {
            v[i] = plain(rs.getBigDecimal(first + i));
            any |= v[i] != null;
        }
        return any ? new WageMeasures(v[0], v[1], v[2], v[3], v[4], v[5]) : null;
    }

    /** Numbers come back as published: 34970, not 34970.00 or 3.497E+4. */
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
