package io.careers.contracts.salary;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;

/**
 * Mean and percentile wages in one unit (hourly or annual). Every value is optional: a missing
 * value is either not published or explained by a footnote.
 *
 * @param mean   mean wage
 * @param p10    10th percentile
 * @param p25    25th percentile
 * @param median median (50th percentile)
 * @param p75    75th percentile
 * @param p90    90th percentile
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record WageMeasures(@Nullable BigDecimal mean,
                           @Nullable BigDecimal p10,
                           @Nullable BigDecimal p25,
                           @Nullable BigDecimal median,
                           @Nullable BigDecimal p75,
                           @Nullable BigDecimal p90) {
}
