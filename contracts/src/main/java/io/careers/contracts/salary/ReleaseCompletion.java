package io.careers.contracts.salary;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * Value of {@code salary.releases.v1}: the data team has published every estimate of a release, or
 * of one part of it. Key {@code {releaseId}}.
 *
 * <p>A release published in one step has one completion record, without {@code part}: the
 * release becomes current once this record and exactly {@code estimateCount} distinct estimates
 * have arrived, in either order. A release published in parts by separate jobs (BLS ships
 * national, state, metropolitan and nonmetropolitan files) has a completion record per part: each
 * names its {@code part}, every part of the release in {@code parts}, and counts only its own
 * estimates. The release becomes current once every named part's record is in and the release
 * holds exactly the sum of their counts. A repeated part changes nothing.
 *
 * @param releaseId       the release
 * @param referencePeriod {@code YYYY-MM}
 * @param survey          the survey, {@code OEWS}
 * @param estimateCount   how many distinct estimate keys the release (or this part) has
 * @param status          always {@code COMPLETE} in v1
 * @param part            the part this record completes, or null for the whole release
 * @param parts           with {@code part}: every part of the release, this one included
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReleaseCompletion(String releaseId,
                                String referencePeriod,
                                String survey,
                                long estimateCount,
                                String status,
                                @Nullable String part,
                                @Nullable List<String> parts) {

    /** The one part of a release published in one step. */
    public static final String WHOLE_RELEASE = "all";

    /**
     * Kafka header that a job publishing one part sets on each of its {@code salary.wage-estimates.v1}
     * records, with the part's name: salary-service then counts received and rejected estimates per
     * part. Estimates without it count for {@link #WHOLE_RELEASE}.
     */
    public static final String PART_HEADER = "careers.release-part";

    /**
     * A release published in one step.
     *
     * @param releaseId       the release
     * @param referencePeriod {@code YYYY-MM}
     * @param estimateCount   its distinct estimates
     * @return the OEWS completion record
     */
    public static ReleaseCompletion whole(String releaseId, String referencePeriod, long estimateCount) {
        return new ReleaseCompletion(releaseId, referencePeriod, "OEWS", estimateCount, "COMPLETE", null, null);
    }

    /**
     * One part of a release published in parts.
     *
     * @param releaseId       the release
     * @param referencePeriod {@code YYYY-MM}
     * @param estimateCount   this part's distinct estimates
     * @param part            this part
     * @param parts           every part of the release
     * @return the OEWS completion record of the part
     */
    public static ReleaseCompletion part(String releaseId, String referencePeriod, long estimateCount, String part,
                                         List<String> parts) {
        return new ReleaseCompletion(releaseId, referencePeriod, "OEWS", estimateCount, "COMPLETE", part,
            List.copyOf(parts));
    }

    /** @return the part this record completes: {@link #WHOLE_RELEASE} for a release published in one step */
    public String partName() {
        return part == null ? WHOLE_RELEASE : part;
    }

    /** @return every part of the release: {@link #WHOLE_RELEASE} alone for a release published in one step */
    public List<String> partNames() {
        return part == null ? List.of(WHOLE_RELEASE) : parts.stream().sorted().distinct().toList();
    }
}
