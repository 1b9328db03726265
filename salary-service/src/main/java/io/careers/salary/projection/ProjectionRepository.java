package io.careers.salary.projection;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.math.BigDecimal;

/** Stores projections on the caller's transaction; a projection equal to the stored one writes nothing. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ProjectionRepository extends GenericRepository<StoredProjection, String> {

    /**
     * Stores a projection, named by its period and SOC code.
     *
     * @return 1 when it was new or changed what is stored, 0 when it was equal to it
     */
    @Query("""
        INSERT INTO employment_projection (projection_period, soc_code, base_year, target_year, occupation_title,
            soc_version, base_employment, projected_employment, percent_change, annual_openings, typical_entry_education)
        VALUES (:projectionPeriod, :socCode, :baseYear, :targetYear, :occupationTitle, :socVersion, :baseEmployment,
            :projectedEmployment, :percentChange, :annualOpenings, :typicalEntryEducation)
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
               EXCLUDED.annual_openings, EXCLUDED.typical_entry_education)""")
    int upsert(String projectionPeriod, String socCode, int baseYear, int targetYear, String occupationTitle,
               @Nullable String socVersion, @Nullable Long baseEmployment, @Nullable Long projectedEmployment,
               @Nullable BigDecimal percentChange, @Nullable Long annualOpenings, @Nullable String typicalEntryEducation);

    /**
     * @param p a projection
     * @return 1 when it was new or changed what is stored, 0 when it was equal to it
     */
    default int upsert(StoredProjection p) {
        return upsert(p.projectionPeriod(), p.socCode(), p.baseYear(), p.targetYear(), p.occupationTitle(),
            p.socVersion(), p.baseEmployment(), p.projectedEmployment(), p.percentChange(), p.annualOpenings(),
            p.typicalEntryEducation());
    }
}
