package io.careers.contracts.salary;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.careers.contracts.OccupationRef;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Map;

/**
 * Value of {@code salary.wage-estimates.v1}: one OEWS estimate for an occupation in an area, in
 * one release. Key {@code {releaseId}:{areaCode}:{socCode}}. A record with the same key and a
 * higher {@code revision} is a correction that replaces the earlier one.
 *
 * @param releaseId       release the estimate belongs to, e.g. {@code OEWS-2013-05}
 * @param referencePeriod {@code YYYY-MM} the estimate describes
 * @param occupation      the occupation
 * @param area            the area
 * @param employment      estimated employment
 * @param wages           hourly and annual wages
 * @param footnotes       measure path ({@code annual.p90}, {@code employment}) to footnote
 * @param revision        0 for the first publication, higher for corrections
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record WageEstimate(String releaseId,
                           String referencePeriod,
                           OccupationRef occupation,
                           Area area,
                           @Nullable Long employment,
                           @Nullable Wages wages,
                           @Nullable Map<String, Footnote> footnotes,
                           int revision) {

    /** @return the Kafka key this estimate must be published under */
    public String key() {
        return releaseId + ":" + area.code() + ":" + occupation.code();
    }
}
