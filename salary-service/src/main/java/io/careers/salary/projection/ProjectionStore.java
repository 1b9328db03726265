package io.careers.salary.projection;

import io.careers.contracts.salary.EmploymentProjection;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.TreeSet;

/** Stores projections; a record equal to the stored one writes nothing. */
@Singleton
class ProjectionStore {
    private static final String UPSERT = """
        INSERT INTO employment_projection (projection_period, soc_code, base_year, target_year, occupation_title,
            soc_version, base_employment, projected_employment, percent_change, annual_openings, typical_entry_education)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (projection_period, soc_code) DO UPDATE SET base_year = EXCLUDED.base_year,
            target_year = EXCLUDED.target_year, occupation_title = EXCLUDED.occupation_title,
            soc_version = EXCLUDED.soc_version, base_employment = EXCLUDED.base_employment,
            projected_employment = EXCLUDED.projected_employment, percent_change = EXCLUDED.percent_change,
            annual_openings = EXCLUDED.annual_openings, typical_entry_education = EXCLUDED.typical_entry_education
        WHERE (employment_projection.base_year, employment_projection.target_year, employment_projection.occupation_title,
               employment_projection.soc_version, employment_projection.base_employment,
               employment_projection.projected_employment, employment_projection.percent_change,
               employment_projection.annual_openings, employment_projection.typical_entry_education)
          IS DISTINCT FROM
              (EXCLUDED.base_year, EXCLUDED.target_year, EXCLUDED.occupation_title, EXCLUDED.soc_version,
               EXCLUDED.base_employment, EXCLUDED.projected_employment, EXCLUDED.percent_change,
               EXCLUDED.annual_openings, EXCLUDED.typical_entry_education)
        RETURNING soc_code
        """;

    private final JdbcOperations jdbc;

    ProjectionStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param projections projections in consumption order (a later one of the same key wins)
     * @return the occupations whose stored projections changed
     */
    TreeSet<String> upsert(List<EmploymentProjection> projections) {
        return jdbc.execute(c -> {
            TreeSet<String> changed = new TreeSet<>();
            try (PreparedStatement s = c.prepareStatement(UPSERT)) {
                for (EmploymentProjection p : projections) {
                    s.setString(1, p.projectionPeriod());
                    s.setString(2, p.occupation().code());
                    s.setInt(3, p.baseYear());
                    s.setInt(4, p.targetYear());
                    s.setString(5, p.occupation().title());
                    s.setString(6, p.occupation().socVersion());
                    s.setObject(7, p.baseEmployment());
                    s.setObject(8, p.projectedEmployment());
                    s.setBigDecimal(9, p.percentChange());
                    s.setObject(10, p.annualOpenings());
                    s.setString(11, p.typicalEntryEducation());
                    try (ResultSet rs = s.executeQuery()) {
                        if (rs.next()) {
                            changed.add(rs.getString(1));
                        }
                    }
                }
            }
            return changed;
        });
    }
}
