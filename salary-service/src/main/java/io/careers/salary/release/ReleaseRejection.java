package io.careers.salary.release;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * A record of a release that salary-service rejected to a dead-letter topic.
 *
 * @param recordKey  its key, e.g. {@code OEWS-2023-05:0000000:29-2071}
 * @param topic      the topic it was sent to
 * @param reason     why it was rejected
 * @param rejectedAt when
 */
@Serdeable
@MappedEntity("release_rejection")
record ReleaseRejection(@Id @Nullable String recordKey, String topic, String reason, Instant rejectedAt) {
}
