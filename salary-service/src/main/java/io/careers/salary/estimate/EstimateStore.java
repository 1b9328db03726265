package io.careers.salary.estimate;

import io.careers.contracts.salary.WageEstimate;
import io.careers.contracts.salary.WageMeasures;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Stores estimates with one multi-row upsert per batch. A record replaces the stored one only if
 * its revision is higher, so redelivery, replay and out-of-order corrections leave the table as the
 * highest revision of each key made it.
 */
@Singleton
record EstimateStore(JdbcOperations jdbc, ObjectMapper json) {
    private static final String[] MEASURES = {"mean", "p10", "p25", "median", "p75", "p90"};
    private static final String UPSERT = """
        INSERT INTO wage_estimate (release_id, area_code, soc_code, area_type, area_name, occupation_title,
            soc_version, employment, hourly_mean, hourly_p10, hourly_p25, hourly_median, hourly_p75, hourly_p90,
            annual_mean, annual_p10, annual_p25, annual_median, annual_p75, annual_p90, footnotes, revision)
        SELECT r, a, s, at, an, t, v, e, hm, h10, h25, h50, h75, h90, am, a10, a25, a50, a75, a90, f::jsonb, rev
        FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::bigint[],
            ?::numeric[], ?::numeric[], ?::numeric[], ?::numeric[], ?::numeric[], ?::numeric[],
            ?::numeric[], ?::numeric[], ?::numeric[], ?::numeric[], ?::numeric[], ?::numeric[], ?::text[], ?::int[])
            AS u(r, a, s, at, an, t, v, e, hm, h10, h25, h50, h75, h90, am, a10, a25, a50, a75, a90, f, rev)
        ON CONFLICT (release_id, area_code, soc_code) DO UPDATE SET
            area_type = EXCLUDED.area_type, area_name = EXCLUDED.area_name,
            occupation_title = EXCLUDED.occupation_title, soc_version = EXCLUDED.soc_version,
            employment = EXCLUDED.employment,
            hourly_mean = EXCLUDED.hourly_mean, hourly_p10 = EXCLUDED.hourly_p10, hourly_p25 = EXCLUDED.hourly_p25,
            hourly_median = EXCLUDED.hourly_median, hourly_p75 = EXCLUDED.hourly_p75, hourly_p90 = EXCLUDED.hourly_p90,
            annual_mean = EXCLUDED.annual_mean, annual_p10 = EXCLUDED.annual_p10, annual_p25 = EXCLUDED.annual_p25,
            annual_median = EXCLUDED.annual_median, annual_p75 = EXCLUDED.annual_p75, annual_p90 = EXCLUDED.annual_p90,
            footnotes = EXCLUDED.footnotes, revision = EXCLUDED.revision
        WHERE wage_estimate.revision < EXCLUDED.revision
        RETURNING release_id, area_code, soc_code, (xmax = 0) AS inserted
        """;


    /**
     * @param estimates estimates with distinct keys
     * @return the rows inserted or replaced; keys whose stored revision was equal or higher are absent
     */
    List<StoredEstimate> upsert(List<WageEstimate> estimates) {
        if (estimates.isEmpty()) {
            return List.of();
        }
        return jdbc.execute(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
                int i = 1;
                upsert.setArray(i++, text(connection, estimates, WageEstimate::releaseId));
                upsert.setArray(i++, text(connection, estimates, e -> e.area().code()));
                upsert.setArray(i++, text(connection, estimates, e -> e.occupation().code()));
                upsert.setArray(i++, text(connection, estimates, e -> e.area().type().name()));
                upsert.setArray(i++, text(connection, estimates, e -> e.area().name()));
                upsert.setArray(i++, text(connection, estimates, e -> e.occupation().title()));
                upsert.setArray(i++, text(connection, estimates, e -> e.occupation().socVersion()));
                upsert.setArray(i++, connection.createArrayOf("bigint",
                    estimates.stream().map(WageEstimate::employment).toArray()));
                for (String unit : new String[] {"hourly", "annual"}) {
                    for (String measure : MEASURES) {
                        upsert.setArray(i++, connection.createArrayOf("numeric", estimates.stream()
                            .map(e -> measure(e, unit, measure)).toArray()));
                    }
                }
                upsert.setArray(i++, text(connection, estimates, this::footnotesJson));
                upsert.setArray(i, connection.createArrayOf("integer",
                    estimates.stream().map(WageEstimate::revision).toArray()));
                try (ResultSet rs = upsert.executeQuery()) {
                    List<StoredEstimate> stored = new ArrayList<>();
                    while (rs.next()) {
                        stored.add(new StoredEstimate(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)));
                    }
                    return stored;
                }
            }
        });
    }

    private static java.sql.Array text(Connection c, List<WageEstimate> estimates, Function<WageEstimate, String> f)
        throws SQLException {
        return c.createArrayOf("text", estimates.stream().map(f).toArray());
    }

    private static BigDecimal measure(WageEstimate e, String unit, String measure) {
        if (e.wages() == null) {
            return null;
        }
        WageMeasures m = "hourly".equals(unit) ? e.wages().hourly() : e.wages().annual();
        return m == null ? null : EstimateMeasures.value(m, measure);
    }

    /** The footnotes in key order, so an unchanged estimate writes the same text and is seen as unchanged. */
    private String footnotesJson(WageEstimate e) {
        if (e.footnotes() == null || e.footnotes().isEmpty()) {
            return "{}"; // most estimates: no serialiser call on the hot path
        }
        try {
            return json.writeValueAsString(e.footnotes() == null ? new TreeMap<>() : new TreeMap<>(e.footnotes()));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * A row the upsert inserted or replaced.
     *
     * @param releaseId release
     * @param areaCode  area
     * @param socCode   occupation
     * @param inserted  true for a new key, false for a correction of an existing one
     */
    record StoredEstimate(String releaseId, String areaCode, String socCode, boolean inserted) {
        /** @return the Kafka key of the estimate, as {@link WageEstimate#key()} makes it */
        String key() {
            return releaseId + ":" + areaCode + ":" + socCode;
        }
    }
}
