package io.careers.articles.article;

import io.careers.contracts.problem.DomainException;
import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * The revision an edit is based on, from the body's {@code revision} or the {@code If-Match}
 * header. An edit on an older revision is refused: 409 for the body field, 412 for If-Match.
 *
 * @param revision the revision the client saw
 * @param ifMatch  whether it came from If-Match
 */
record BaseRevision(int revision, boolean ifMatch) {

    /**
     * @param ifMatch      the If-Match header, e.g. {@code "3"}, or null
     * @param bodyRevision the body's revision, or null
     * @param required     whether an edit without either is refused (428)
     * @return the base revision, or null when none was sent and none is required
     */
    static BaseRevision of(@Nullable String ifMatch, @Nullable Integer bodyRevision, boolean required) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            String tag = ifMatch.strip();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            tag = tag.replace("\"", "");
            try {
                return new BaseRevision(Integer.parseInt(tag), true);
            } catch (NumberFormatException e) {
                throw new DomainException(DomainException.Kind.PRECONDITION_FAILED,
                    "If-Match must be the ETag of a revision, e.g. \"3\"; was " + ifMatch, List.of());
            }
        }
        if (bodyRevision != null) {
            return new BaseRevision(bodyRevision, false);
        }
        if (required) {
            throw new DomainException(DomainException.Kind.PRECONDITION_REQUIRED, "Send the revision this edit is based on,"
                + " as the body's revision or as If-Match, so that no one else's edit is overwritten.", List.of());
        }
        return null;
    }

    /** @throws DomainException 409 or 412 when the article has moved on from this revision */
    void check(int latestRevision) {
        if (revision != latestRevision) {
            String detail = "This edit is based on revision " + revision + ", but the article is at revision "
                + latestRevision + ". Reload it, apply your change again and send revision " + latestRevision + ".";
            throw new DomainException(ifMatch ? DomainException.Kind.PRECONDITION_FAILED : DomainException.Kind.CONFLICT, detail,
                List.of());
        }
    }
}
