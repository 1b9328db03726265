package io.careers.salary.occupation;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;

/**
 * The rows {@link OccupationRepository} reads, column for column (snake_case columns map to these
 * camelCase components). {@link EstimateRows} turns them into the views readers see.
 */
final class OccupationRows {
    private OccupationRows() {
    }

    /**
     * A SOC code's name in one SOC version; the repository's root entity.
     *
     * @param code       the SOC code
     * @param socVersion its version, e.g. 2010
     * @param title      its title there
     */
    @MappedEntity("soc_code")
    record SocName(@Id String code, String socVersion, String title) {
    }

    /**
     * A wage estimate of a complete release, with the release's period.
     *
     * @param footnotes the footnotes as JSON text (measure path to footnote)
     */
    @Introspected
    record EstimateRow(String releaseId, String referencePeriod, String socCode, String occupationTitle,
                       String socVersion, String areaType, String areaCode, String areaName, @Nullable Long employment,
                       @Nullable BigDecimal hourlyMean, @Nullable BigDecimal hourlyP10, @Nullable BigDecimal hourlyP25,
                       @Nullable BigDecimal hourlyMedian, @Nullable BigDecimal hourlyP75, @Nullable BigDecimal hourlyP90,
                       @Nullable BigDecimal annualMean, @Nullable BigDecimal annualP10, @Nullable BigDecimal annualP25,
                       @Nullable BigDecimal annualMedian, @Nullable BigDecimal annualP75, @Nullable BigDecimal annualP90,
                       String footnotes, int revision) {
    }

    /** An occupation's newest employment projection. */
    @Introspected
    record ProjectionRow(String socCode, String occupationTitle, String socVersion, String projectionPeriod,
                         int baseYear, int targetYear, @Nullable Long baseEmployment,
                         @Nullable Long projectedEmployment, @Nullable BigDecimal percentChange,
                         @Nullable Long annualOpenings, @Nullable String typicalEntryEducation) {
    }

    /**
     * One link of an occupation's lineage, seen from the occupation asked for.
     *
     * @param ofCode      the occupation asked for
     * @param successor   whether the other one succeeds it (else it precedes it)
     * @param otherCode   the other occupation's code
     * @param otherTitle  its title
     * @param otherVersion its SOC version
     */
    @Introspected
    record LineageLink(String ofCode, boolean successor, String otherCode, String otherTitle, String otherVersion) {
    }
}
