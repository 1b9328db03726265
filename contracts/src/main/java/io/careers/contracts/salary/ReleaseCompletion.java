package io.careers.contracts.salary;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

/**
 * Value of {@code salary.releases.v1}: the data team has published every estimate of a release.
 * Key {@code {releaseId}}. The release becomes current once this record and exactly
 * {@code estimateCount} distinct estimates have arrived, in either order.
 *
 * @param releaseId       the release
 * @param referencePeriod {@code YYYY-MM}
 * @param survey          the survey, {@code OEWS}
 * @param estimateCount   how many distinct estimate keys the release has
 * @param status          always {@code COMPLETE} in v1
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ReleaseCompletion(String releaseId,
                                String referencePeriod,
                                String survey,
                                long estimateCount,
                                String status) {
}
