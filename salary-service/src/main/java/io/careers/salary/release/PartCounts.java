package io.careers.salary.release;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One part of a release as data teams follow it.
 *
 * @param part     the part ({@code all} for a release published in one step)
 * @param expected the estimates its completion record announced, or null before it arrived
 * @param received its distinct estimates stored
 * @param rejected its estimates dead-lettered
 */
@Introspected
@Serdeable
record PartCounts(String part, @Nullable Long expected, long received, long rejected) {
}
