package io.careers.salary.occupation;

import io.careers.contracts.salary.Area;
import io.careers.salary.occupation.OccupationRows.EstimateRow;
import io.careers.salary.occupation.OccupationRows.LineageLink;
import io.careers.salary.occupation.OccupationRows.ProjectionRow;
import io.careers.salary.occupation.OccupationRows.SocName;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Collection;
import java.util.List;

/**
 * What readers may see: complete releases only, never a PENDING one. Runs on the caller's
 * transaction ({@link OccupationReader} opens a repeatable-read one).
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface OccupationRepository extends GenericRepository<SocName, String> {
    /** The estimate columns, and the release's period. */
    String ESTIMATE = """
        SELECT e.release_id, r.reference_period, e.soc_code, e.occupation_title, e.soc_version,
               e.area_type, e.area_code, e.area_name, e.employment,
               e.hourly_mean, e.hourly_p10, e.hourly_p25, e.hourly_median, e.hourly_p75, e.hourly_p90,
               e.annual_mean, e.annual_p10, e.annual_p25, e.annual_median, e.annual_p75, e.annual_p90,
               CAST(e.footnotes AS text) AS footnotes, e.revision
          FROM wage_estimate e JOIN release r ON r.release_id = e.release_id
         WHERE r.status <> 'PENDING'
        """;
    /** The current release first, then the newest period, then the latest promotion. */
    String NEWEST_FIRST = " (r.status = 'CURRENT') DESC, r.reference_period DESC, r.promoted_at DESC";

    /**
     * @param soc  SOC code
     * @param area area code
     * @return its estimates in every complete release, newest first
     */
    @Query(ESTIMATE + " AND e.soc_code = :soc AND e.area_code = :area ORDER BY" + NEWEST_FIRST)
    List<EstimateRow> history(String soc, String area);

    /**
     * @param soc    SOC code
     * @param area   area code
     * @param period {@code YYYY-MM}
     * @return its estimates in complete releases of that period, newest first
     */
    @Query(ESTIMATE + " AND e.soc_code = :soc AND e.area_code = :area AND r.reference_period = :period"
        + " ORDER BY" + NEWEST_FIRST)
    List<EstimateRow> inPeriod(String soc, String area, String period);

    /**
     * @param socs SOC codes
     * @return their national estimates in every complete release, by code, newest first
     */
    @Query(ESTIMATE + " AND e.soc_code IN (:socs) AND e.area_code = '" + Area.NATIONAL_CODE
        + "' ORDER BY e.soc_code," + NEWEST_FIRST)
    List<EstimateRow> nationalHistory(Collection<String> socs);

    /**
     * @param releaseId a release
     * @return the SOC codes it has national estimates for, sorted
     */
    @Query("SELECT DISTINCT soc_code FROM wage_estimate WHERE release_id = :releaseId AND area_code = '"
        + Area.NATIONAL_CODE + "' ORDER BY 1")
    List<String> nationalOccupations(String releaseId);

    /**
     * @param socs SOC codes
     * @return each one's projection with the latest target year
     */
    @Query("""
        SELECT DISTINCT ON (soc_code) soc_code, occupation_title, soc_version, projection_period, base_year,
               target_year, base_employment, projected_employment, percent_change, annual_openings,
               typical_entry_education
          FROM employment_projection WHERE soc_code IN (:socs)
         ORDER BY soc_code, target_year DESC, base_year DESC""")
    List<ProjectionRow> latestProjections(Collection<String> socs);

    /**
     * @param socs SOC codes
     * @return their successors and predecessors, named in the other code's SOC version
     */
    @Query("""
        SELECT l.predecessor_code AS of_code, true AS successor, l.successor_code AS other_code,
               n.title AS other_title, n.soc_version AS other_version
          FROM soc_lineage l JOIN soc_code n ON n.code = l.successor_code AND n.soc_version = l.successor_version
         WHERE l.predecessor_code IN (:socs)
        UNION ALL
        SELECT l.successor_code, false, l.predecessor_code, n.title, n.soc_version
          FROM soc_lineage l JOIN soc_code n ON n.code = l.predecessor_code AND n.soc_version = l.predecessor_version
         WHERE l.successor_code IN (:socs)
        ORDER BY 1, 2, 3""")
    List<LineageLink> lineage(Collection<String> socs);

    /**
     * @param socs SOC codes
     * @return their names, oldest SOC version first
     */
    @Query("SELECT code, soc_version, title FROM soc_code WHERE code IN (:socs) ORDER BY soc_version")
    List<SocName> names(Collection<String> socs);
}
