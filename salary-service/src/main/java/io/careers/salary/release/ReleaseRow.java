package io.careers.salary.release;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A release as stored, read from the {@code release_view} (its row and the estimates counted so far).
 *
 * @param releaseId            the release
 * @param referencePeriod      its {@code YYYY-MM}
 * @param survey               survey name, once the completion record arrived
 * @param expectedCount        estimates announced by the completion records of every part, or null
 * @param receivedCount        distinct estimates stored
 * @param status               lifecycle status
 * @param completionReceivedAt when the completion records of every part were in, or null
 * @param promotedAt           when it left PENDING, or null
 * @param parts                every part its completion records name, or null before the first one
 * @param partsReceived        the parts whose completion record is in
 */
@MappedEntity("release_view")
record ReleaseRow(@Id String releaseId, String referencePeriod, @Nullable String survey, @Nullable Long expectedCount,
                  long receivedCount, ReleaseStatus status, @Nullable Instant completionReceivedAt,
                  @Nullable Instant promotedAt,
                  @Nullable @TypeDef(type = DataType.STRING_ARRAY) String[] parts,
                  @TypeDef(type = DataType.STRING_ARRAY) String[] partsReceived) {

    /** @return every part its completion records name, in name order; empty before the first one */
    List<String> partNames() {
        return parts == null ? List.of() : Arrays.stream(parts).sorted().toList();
    }

    /** @return the parts named by a completion record whose own record has not arrived, in name order */
    List<String> missingParts() {
        Set<String> received = Set.of(partsReceived);
        return partNames().stream().filter(part -> !received.contains(part)).toList();
    }

    /** @return whether the completion record is in and exactly the announced number of estimates */
    boolean isComplete() {
        return completionReceivedAt != null && expectedCount != null && receivedCount == expectedCount;
    }
}
