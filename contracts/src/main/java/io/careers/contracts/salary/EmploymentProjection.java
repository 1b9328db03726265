package io.careers.contracts.salary;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.careers.contracts.OccupationRef;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;

/**
 * Value of {@code salary.employment-projections.v1}: one ten-year employment projection. Key
 * {@code {projectionPeriod}:{socCode}}. The projection with the latest {@code targetYear} is the
 * current one for its occupation.
 *
 * @param projectionPeriod      {@code YYYY-YYYY}, e.g. {@code 2012-2022}
 * @param baseYear              first year of the window
 * @param targetYear            last year of the window
 * @param occupation            the occupation
 * @param baseEmployment        jobs in the base year
 * @param projectedEmployment   jobs projected for the target year
 * @param percentChange         projected change in percent
 * @param annualOpenings        projected openings a year
 * @param typicalEntryEducation typical entry-level education
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record EmploymentProjection(String projectionPeriod,
                                   int baseYear,
                                   int targetYear,
                                   OccupationRef occupation,
                                   @Nullable Long baseEmployment,
                                   @Nullable Long projectedEmployment,
                                   @Nullable BigDecimal percentChange,
                                   @Nullable Long annualOpenings,
                                   @Nullable String typicalEntryEducation) {

    /** @return the Kafka key this projection must be published under */
    public String key() {
        return projectionPeriod + ":" + occupation.code();
    }
}
