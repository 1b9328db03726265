package io.careers.schools.listing;

/** Where a listing's data came from. */
public enum Source {
    /** The partner API. */
    API,
    /** The {@code schools.partner-listings.v1} feed. */
    FEED
}
