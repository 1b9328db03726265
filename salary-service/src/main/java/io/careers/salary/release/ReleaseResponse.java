package io.careers.salary.release;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/**
 * A release as data teams see it: whether it is complete, and if not, what it waits for.
 *
 * @param releaseId          the release
 * @param referencePeriod    its {@code YYYY-MM}
 * @param survey             survey, once the completion record arrived
 * @param status             PENDING, CURRENT, SUPERSEDED or HISTORICAL
 * @param received           distinct estimates stored
 * @param expected           estimates the completion record announced, or null before it arrived
 * @param completionReceived whether the completion record arrived
 * @param promotedAt         when it left PENDING
 * @param parts              every part its completion records name ({@code all} for a release published
 *                           in one step), or empty before the first one
 * @param partsReceived      the parts whose completion record is in
 * @param note               for a PENDING release, what it waits for
 * @param rejected           how many of its records were dead-lettered (on the one-release answer; null in lists)
 * @param rejections         the first ten of them, with their reasons (on the one-release answer)
 * @param partCounts         per part, the estimates announced, received and rejected (on the one-release answer)
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record ReleaseResponse(String releaseId, String referencePeriod, @Nullable String survey, ReleaseStatus status,
                       long received, @Nullable Long expected, boolean completionReceived,
                       @Nullable Instant promotedAt, List<String> parts, List<String> partsReceived,
                       @Nullable String note, @Nullable Long rejected, @Nullable List<ReleaseRejection> rejections,
                       @Nullable List<PartCounts> partCounts) {

    static ReleaseResponse of(ReleaseRow row) {
        return new ReleaseResponse(row.releaseId(), row.referencePeriod(), row.survey(), row.status(),
            row.receivedCount(), row.expectedCount(), row.completionReceivedAt() != null, row.promotedAt(),
            row.partNames(),
            List.of(row.partsReceived()), note(row), null, null, null);
    }

    /** @return the answer with the release's rejected records and its counts per part */
    ReleaseResponse withDetail(long count, List<ReleaseRejection> first, List<PartCounts> byPart) {
        return new ReleaseResponse(releaseId, referencePeriod, survey, status, received, expected, completionReceived,
            promotedAt, parts, partsReceived, note, count, first, byPart);
    }

    private static String note(ReleaseRow row) {
        if (row.status() != ReleaseStatus.PENDING) {
            return null;
        }
        List<String> missingParts = row.missingParts();
        if (!missingParts.isEmpty()) {
            return "Waiting for the completion record" + (missingParts.size() == 1 ? "" : "s") + " of part"
                + (missingParts.size() == 1 ? " " : "s ") + String.join(", ", missingParts) + " on salary.releases.v1 ("
                + row.partsReceived().length + " of " + row.partNames().size() + " parts in); " + row.receivedCount()
                + " estimates received so far.";
        }
        if (row.expectedCount() == null) {
            return "Waiting for the completion record on salary.releases.v1.";
        }
        long missing = row.expectedCount() - row.receivedCount();
        if (missing > 0) {
            return "Waiting for " + missing + " more estimate" + (missing == 1 ? "" : "s") + ".";
        }
        return "Holds " + (-missing) + " estimate" + (missing == -1 ? "" : "s") + " more than the completion record "
            + "announced (" + row.expectedCount() + "); it cannot become current until a corrected completion record "
            + "arrives.";
    }
}
