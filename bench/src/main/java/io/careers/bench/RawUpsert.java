package io.careers.bench;

import io.careers.contracts.salary.WageEstimate;
import io.careers.contracts.salary.WageMeasures;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The baseline: the same rows written by plain multi-row {@code INSERT ... ON CONFLICT} statements
 * into a table shaped like {@code wage_estimate}, one transaction per statement, no Kafka, no JSON.
 */
final class RawUpsert {
    private static final int COLUMNS = 22;

    private RawUpsert() {
    }

    /** @return rows per second */
    static double run(String jdbcUrl, String user, String password, List<WageEstimate> rows, int batch) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password)) {
            createTable(c, "wage_estimate_raw");
            c.setAutoCommit(false);
            String statement = sql(batch);
            long start = System.nanoTime();
            try (PreparedStatement full = c.prepareStatement(statement)) {
                for (int from = 0; from < rows.size(); from += batch) {
                    List<WageEstimate> chunk = rows.subList(from, Math.min(rows.size(), from + batch));
                    if (chunk.size() == batch) {
                        bind(full, chunk);
                        full.executeUpdate();
                    } else {
                        try (PreparedStatement last = c.prepareStatement(sql(chunk.size()))) {
                            bind(last, chunk);
                            last.executeUpdate();
                        }
                    }
                    c.commit();
                }
            }
            return rows.size() / ((System.nanoTime() - start) / 1e9);
        }
    }

    /** (Re)creates a table shaped like salary-service's {@code wage_estimate}, with its primary key and index. */
    static void createTable(Connection c, String name) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS " + name);
            s.execute("CREATE TABLE " + name + """
                 (release_id text NOT NULL, area_code char(7) NOT NULL,
                  soc_code char(7) NOT NULL, area_type text NOT NULL, area_name text, occupation_title text NOT NULL,
                  soc_version text, employment bigint, hourly_mean numeric, hourly_p10 numeric, hourly_p25 numeric,
                  hourly_median numeric, hourly_p75 numeric, hourly_p90 numeric, annual_mean numeric,
                  annual_p10 numeric, annual_p25 numeric, annual_median numeric, annual_p75 numeric,
                  annual_p90 numeric, footnotes jsonb NOT NULL DEFAULT '{}', revision integer NOT NULL,
                  PRIMARY KEY (release_id, area_code, soc_code))""");
            s.execute("CREATE INDEX ON " + name + " (soc_code, area_code)");
        }
    }

    private static String sql(int rows) {
        StringBuilder sql = new StringBuilder("INSERT INTO wage_estimate_raw VALUES ");
        String tuple = "(" + "?,".repeat(COLUMNS - 2) + "?::jsonb,?)";
        for (int i = 0; i < rows; i++) {
            sql.append(i == 0 ? "" : ",").append(tuple);
        }
        sql.append(" ON CONFLICT (release_id, area_code, soc_code) DO UPDATE SET revision = EXCLUDED.revision, ")
            .append("annual_median = EXCLUDED.annual_median WHERE wage_estimate_raw.revision < EXCLUDED.revision");
        return sql.toString();
    }

    private static void bind(PreparedStatement s, List<WageEstimate> chunk) throws SQLException {
        int i = 1;
        for (WageEstimate e : chunk) {
            s.setString(i++, e.releaseId());
            s.setString(i++, e.area().code());
            s.setString(i++, e.occupation().code());
            s.setString(i++, e.area().type().name());
            s.setString(i++, e.area().name());
            s.setString(i++, e.occupation().title());
            s.setString(i++, e.occupation().socVersion());
            s.setObject(i++, e.employment());
            for (WageMeasures m : new WageMeasures[] {e.wages().hourly(), e.wages().annual()}) {
                for (BigDecimal v : new BigDecimal[] {m.mean(), m.p10(), m.p25(), m.median(), m.p75(), m.p90()}) {
                    s.setBigDecimal(i++, v);
                }
            }
            s.setString(i++, "{}");
            s.setInt(i++, e.revision());
        }
    }
}
