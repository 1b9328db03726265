package io.careers.salary.release;

/** Where a release stands. Only non-PENDING releases are ever shown to readers. */
public enum ReleaseStatus {
    /** Estimates or the completion record are still missing. */
    PENDING,
    /** The newest complete release: readers' current figures come from it. */
    CURRENT,
    /** Was current until a newer period completed. */
    SUPERSEDED,
    /** Completed after a newer period was already current; kept as history. */
    HISTORICAL
}
