package io.careers.salary.occupation;

import io.careers.contracts.OccupationRef;
import io.careers.contracts.salary.Area;
import io.careers.contracts.salary.Lineage;
import io.careers.contracts.salary.NationalFigures;
import io.careers.contracts.salary.ProjectionFigures;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads what readers may see: complete releases only, never a PENDING one. Runs on the caller's
 * transaction; readers use a repeatable-read one ({@link OccupationReader}) so that a promotion
 * committing meanwhile is either wholly visible or not at all.
 */
@Singleton
public class OccupationQueries {
    private static final String NEWEST_FIRST = "(r.status = 'CURRENT') DESC, r.reference_period DESC, r.promoted_at DESC";

    private final JdbcOperations jdbc;
    private final EstimateRows rows;

    OccupationQueries(JdbcOperations jdbc, EstimateRows rows) {
        this.jdbc = jdbc;
        this.rows = rows;
    }

    /**
     * @param socs SOC codes
     * @return what is known of each; codes nothing is known of are absent
     */
    public Map<String, OccupationView> views(Collection<String> socs) {
        if (socs.isEmpty()) {
            return Map.of();
        }
        return jdbc.execute(c -> {
            String[] codes = socs.stream().distinct().toArray(String[]::new);
            Map<String, List<EstimateView>> history = nationalHistory(c, codes);
            Map<String, ProjectionRow> projections = projections(c, codes);
            Map<String, LineageRows> lineage = lineage(c, codes);
            Map<String, OccupationRef> named = socCodes(c, codes);
            Map<String, OccupationView> views = new TreeMap<>();
            for (String soc : codes) {
                List<EstimateView> estimates = history.getOrDefault(soc, List.of());
                ProjectionRow projection = projections.get(soc);
                OccupationRef ref = !estimates.isEmpty() ? estimates.get(0).occupation()
                    : projection != null ? projection.occupation() : named.get(soc);
                if (ref == null) {
                    continue;
                }
                List<NationalFigures> figures = estimates.stream().map(EstimateView::figures).toList();
                LineageRows links = lineage.getOrDefault(soc, new LineageRows());
                views.put(soc, new OccupationView(ref, figures.isEmpty() ? null : figures.get(0), figures,
                    projection == null ? null : projection.figures(),
                    new Lineage(List.copyOf(links.predecessors), List.copyOf(links.successors))));
            }
            return views;
        });
    }

    /**
     * @param soc    SOC code
     * @param area   area code
     * @param period {@code YYYY-MM}, or null for the current figures
     * @return the estimate readers see for it
     */
    public Optional<EstimateView> estimate(String soc, String area, String period) {
        String sql = "SELECT " + EstimateRows.COLUMNS + " FROM wage_estimate e JOIN release r ON r.release_id = e.release_id "
            + "WHERE e.soc_code = ? AND e.area_code = ? AND r.status <> 'PENDING'"
            + (period == null ? "" : " AND r.reference_period = ?") + " ORDER BY " + NEWEST_FIRST + " LIMIT 1";
        return estimates(sql, soc, area, period).stream().findFirst();
    }

    /**
     * @param soc  SOC code
     * @param area area code
     * @return its estimates in every complete release, current first, then newest period first
     */
    public List<EstimateView> history(String soc, String area) {
        String sql = "SELECT " + EstimateRows.COLUMNS + " FROM wage_estimate e JOIN release r ON r.release_id = e.release_id "
            + "WHERE e.soc_code = ? AND e.area_code = ? AND r.status <> 'PENDING' ORDER BY " + NEWEST_FIRST;
        return estimates(sql, soc, area, null);
    }

    /**
     * @param releaseId a release
     * @return the SOC codes it has national estimates for, sorted
     */
    public List<String> nationalOccupations(String releaseId) {
        return jdbc.execute(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT DISTINCT soc_code FROM wage_estimate "
                + "WHERE release_id = ? AND area_code = '" + Area.NATIONAL_CODE + "' ORDER BY 1")) {
                s.setString(1, releaseId);
                try (ResultSet rs = s.executeQuery()) {
                    List<String> socs = new ArrayList<>();
                    while (rs.next()) {
                        socs.add(rs.getString(1));
                    }
                    return socs;
                }
            }
        });
    }

    private List<EstimateView> estimates(String sql, String soc, String area, String period) {
        return jdbc.execute(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setString(1, soc);
                s.setString(2, area);
                if (period != null) {
                    s.setString(3, period);
                }
                try (ResultSet rs = s.executeQuery()) {
                    List<EstimateView> views = new ArrayList<>();
                    while (rs.next()) {
                        views.add(rows.view(rs));
                    }
                    return views;
                }
            }
        });
    }

    private Map<String, List<EstimateView>> nationalHistory(Connection c, String[] socs) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + EstimateRows.COLUMNS
            + " FROM wage_estimate e JOIN release r ON r.release_id = e.release_id "
            + "WHERE e.soc_code = ANY(?) AND e.area_code = '" + Area.NATIONAL_CODE + "' AND r.status <> 'PENDING' "
            + "ORDER BY e.soc_code, " + NEWEST_FIRST)) {
            s.setArray(1, c.createArrayOf("text", socs));
            try (ResultSet rs = s.executeQuery()) {
                Map<String, List<EstimateView>> bySoc = new HashMap<>();
                while (rs.next()) {
                    EstimateView view = this.rows.view(rs);
                    bySoc.computeIfAbsent(view.occupation().code(), k -> new ArrayList<>()).add(view);
                }
                return bySoc;
            }
        }
    }

    private static Map<String, ProjectionRow> projections(Connection c, String[] socs) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT DISTINCT ON (soc_code) soc_code, occupation_title, "
            + "soc_version, projection_period, base_year, target_year, base_employment, projected_employment, "
            + "percent_change, annual_openings, typical_entry_education FROM employment_projection "
            + "WHERE soc_code = ANY(?) ORDER BY soc_code, target_year DESC, base_year DESC")) {
            s.setArray(1, c.createArrayOf("text", socs));
            try (ResultSet rs = s.executeQuery()) {
                Map<String, ProjectionRow> bySoc = new HashMap<>();
                while (rs.next()) {
                    bySoc.put(rs.getString(1), new ProjectionRow(
                        new OccupationRef(rs.getString(1), rs.getString(2), rs.getString(3)),
                        new ProjectionFigures(rs.getString(4), rs.getInt(5), rs.getInt(6), nullableLong(rs, 7),
                            nullableLong(rs, 8), EstimateRows.plain(rs.getBigDecimal(9)), nullableLong(rs, 10), rs.getString(11))));
                }
                return bySoc;
            }
        }
    }

    private static Map<String, LineageRows> lineage(Connection c, String[] socs) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
            SELECT l.predecessor_code, true, l.successor_code, n.title, n.soc_version
              FROM soc_lineage l JOIN soc_code n ON n.code = l.successor_code AND n.soc_version = l.successor_version
             WHERE l.predecessor_code = ANY(?)
            UNION ALL
            SELECT l.successor_code, false, l.predecessor_code, n.title, n.soc_version
              FROM soc_lineage l JOIN soc_code n ON n.code = l.predecessor_code AND n.soc_version = l.predecessor_version
             WHERE l.successor_code = ANY(?)
            ORDER BY 1, 2, 3
            """)) {
            s.setArray(1, c.createArrayOf("text", socs));
            s.setArray(2, c.createArrayOf("text", socs));
            try (ResultSet rs = s.executeQuery()) {
                Map<String, LineageRows> bySoc = new HashMap<>();
                while (rs.next()) {
                    LineageRows rows = bySoc.computeIfAbsent(rs.getString(1), k -> new LineageRows());
                    OccupationRef other = new OccupationRef(rs.getString(3), rs.getString(4), rs.getString(5));
                    (rs.getBoolean(2) ? rows.successors : rows.predecessors).add(other);
                }
                return bySoc;
            }
        }
    }

    private static Map<String, OccupationRef> socCodes(Connection c, String[] socs) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
            "SELECT code, title, soc_version FROM soc_code WHERE code = ANY(?) ORDER BY soc_version")) {
            s.setArray(1, c.createArrayOf("text", socs));
            try (ResultSet rs = s.executeQuery()) {
                Map<String, OccupationRef> byCode = new HashMap<>();
                while (rs.next()) {
                    byCode.put(rs.getString(1), new OccupationRef(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
                return byCode;
            }
        }
    }

    private static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private record ProjectionRow(OccupationRef occupation, ProjectionFigures figures) {
    }

    private static final class LineageRows {
        private final List<OccupationRef> predecessors = new ArrayList<>();
        private final List<OccupationRef> successors = new ArrayList<>();
    }
}
