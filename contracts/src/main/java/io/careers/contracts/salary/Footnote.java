package io.careers.contracts.salary;

/**
 * Why a published measure is special. A {@link #TOP_CODED} or {@link #NOT_RELEASED} measure has no
 * number, and nothing may estimate one.
 */
public enum Footnote {
    /** At or above the top of the wage range BLS publishes ("$239,200 or more"). */
    TOP_CODED,
    /** BLS did not release the estimate. */
    NOT_RELEASED,
    /** The occupation is paid only hourly: no annual figure on purpose. */
    HOURLY_ONLY,
    /** The occupation is paid only annually: no hourly figure on purpose. */
    ANNUAL_ONLY
}
