package io.careers.contracts.page;

/** How a page section was served. */
public enum SectionStatus {
    /** Fresh from the backend or the cache. */
    OK,
    /** The backend failed; the last good copy, as of {@code asOf}. */
    STALE,
    /** The backend failed and there is no copy: the section is empty. */
    UNAVAILABLE
}
