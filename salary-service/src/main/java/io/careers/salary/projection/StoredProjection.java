package io.careers.salary.projection;

import io.careers.contracts.salary.EmploymentProjection;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;

/**
 * A row of {@code employment_projection}: one occupation's projection for one projection period
 * (the key is the period and the SOC code).
 */
@MappedEntity("employment_projection")
record StoredProjection(String projectionPeriod, @Id String socCode, int baseYear, int targetYear,
                        String occupationTitle, @Nullable String socVersion, @Nullable Long baseEmployment,
                        @Nullable Long projectedEmployment, @Nullable BigDecimal percentChange,
                        @Nullable Long annualOpenings, @Nullable String typicalEntryEducation) {

    static StoredProjection of(EmploymentProjection p) {
        return new StoredProjection(p.projectionPeriod(), p.occupation().code(), p.baseYear(), p.targetYear(),
            p.occupation().title(), p.occupation().socVersion(), p.baseEmployment(), p.projectedEmployment(),
            p.percentChange(), p.annualOpenings(), p.typicalEntryEducation());
    }
}
