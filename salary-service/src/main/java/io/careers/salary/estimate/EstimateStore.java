package io.careers.salary.estimate;

import io.careers.contracts.salary.WageEstimate;
import io.careers.contracts.salary.WageMeasures;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import org.postgresql.PGConnection;
import org.postgresql.util.PSQLState;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Stores a batch of estimates with {@code COPY}, the cheapest way into PostgreSQL: straight into the
 * table when every key is new (a release's first delivery), else into a temporary table of the
 * connection and from there in one upsert. A record replaces the stored one only if its revision is
 * higher, so redelivery, replay and out-of-order corrections leave the table as the highest revision
 * of each key made it.
 */
@Singleton
record EstimateStore(JdbcOperations jdbc, ObjectMapper json) {
    private static final String[] MEASURES = {"mean", "p10", "p25", "median", "p75", "p90"};
    private static final String COLUMNS = """
        release_id, area_code, soc_code, area_type, area_name, occupation_title, soc_version, employment,
        hourly_mean, hourly_p10, hourly_p25, hourly_median, hourly_p75, hourly_p90,
        annual_mean, annual_p10, annual_p25, annual_median, annual_p75, annual_p90, footnotes, revision""";
    /**
     * One per pooled connection, kept for its life: a batch empties it before it fills it. {@code LIKE}
     * keeps its columns those of the table, without the table's keys and indexes.
     */
    private static final String BATCH_TABLE = "CREATE TEMP TABLE IF NOT EXISTS wage_estimate_batch (LIKE wage_estimate)";
    private static final String COPY_INTO_TABLE = "COPY wage_estimate (" + COLUMNS + ") FROM STDIN";
    private static final String COPY_INTO_BATCH = "COPY wage_estimate_batch (" + COLUMNS + ") FROM STDIN";
    private static final String UPSERT = "INSERT INTO wage_estimate (" + COLUMNS + ") SELECT " + COLUMNS
        + " FROM wage_estimate_batch" + """

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
        String rows = copyText(estimates);
        return jdbc.execute(connection -> {
            // A release's first delivery has only new keys: COPY them straight in, at several times the
            // upsert's rate. A key stored already (a redelivery, a replay, a correction) makes the COPY fail
            // as a whole; the batch then takes the upsert, which keeps the higher revision of each key.
            if (!connection.getAutoCommit()) {
                Savepoint beforeCopy = connection.setSavepoint();
                try {
                    copy(connection, COPY_INTO_TABLE, rows);
                    connection.releaseSavepoint(beforeCopy);
                    return estimates.stream()
                        .map(e -> new StoredEstimate(e.releaseId(), e.area().code(), e.occupation().code(), true)).toList();
                } catch (SQLException e) {
                    connection.rollback(beforeCopy);
                    if (!PSQLState.UNIQUE_VIOLATION.getState().equals(e.getSQLState())) {
                        throw e;
                    }
                }
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute(BATCH_TABLE);
                statement.execute("TRUNCATE wage_estimate_batch");
            }
            copy(connection, COPY_INTO_BATCH, rows);
            try (Statement upsert = connection.createStatement(); ResultSet rs = upsert.executeQuery(UPSERT)) {
                List<StoredEstimate> stored = new ArrayList<>();
                while (rs.next()) {
                    stored.add(new StoredEstimate(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)));
                }
                return stored;
            }
        });
    }

    private static void copy(Connection connection, String sql, String rows) throws SQLException {
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(rows));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The estimates as {@code COPY}'s text format: tab-separated, {@code \N} for null, one line each. */
    private String copyText(List<WageEstimate> estimates) {
        StringBuilder out = new StringBuilder(estimates.size() * 160);
        for (WageEstimate e : estimates) {
            CopyText.field(out, e.releaseId()).append('\t');
            CopyText.field(out, e.area().code()).append('\t');
            CopyText.field(out, e.occupation().code()).append('\t');
            CopyText.field(out, e.area().type().name()).append('\t');
            CopyText.field(out, e.area().name()).append('\t');
            CopyText.field(out, e.occupation().title()).append('\t');
            CopyText.field(out, e.occupation().socVersion()).append('\t');
            CopyText.field(out, e.employment() == null ? null : e.employment().toString()).append('\t');
            for (String unit : new String[] {"hourly", "annual"}) {
                for (String measure : MEASURES) {
                    BigDecimal value = measure(e, unit, measure);
                    CopyText.field(out, value == null ? null : value.toPlainString()).append('\t');
                }
            }
            CopyText.field(out, footnotesJson(e)).append('\t');
            out.append(e.revision()).append('\n');
        }
        return out.toString();
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
