package io.careers.salary.release;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * A release as stored, read from the {@code release_view} (its row and the estimates counted so far).
 *
 * @param releaseId            the release
 * @param referencePeriod      its {@code YYYY-MM}
 * @param survey               survey name, once the completion record arrived
 * @param expectedCount        estimates announced by the completion record, or null
 * @param receivedCount        distinct estimates stored
 * @param status               lifecycle status
 * @param completionReceivedAt when the completion record arrived, or null
 * @param promotedAt           when it left PENDING, or null
 */
@MappedEntity("release_view")
record ReleaseRow(@Id String releaseId, String referencePeriod, @Nullable String survey, @Nullable Long expectedCount,
                  long receivedCount, ReleaseStatus status, @Nullable Instant completionReceivedAt,
                  @Nullable Instant promotedAt) {

    /** @return whether the completion record is in and exactly the announced number of estimates */
    boolean isComplete() {
        return completionReceivedAt != null && expectedCount != null && receivedCount == expectedCount;
    }
}
