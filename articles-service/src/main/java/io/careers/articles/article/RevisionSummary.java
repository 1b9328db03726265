package io.careers.articles.article;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/**
 * One saved revision: who, when and what changed.
 *
 * @param revision     revision number, from 1
 * @param author       the editor (JWT subject)
 * @param createdAt    when it was saved
 * @param changes      fields that differ from the revision before, e.g. {@code title}, {@code sections[2]}
 * @param restoredFrom the revision it restores, or null
 * @param live         whether readers see this revision now
 */
@Serdeable
public record RevisionSummary(int revision, String author, Instant createdAt, List<String> changes,
                              @Nullable Integer restoredFrom, boolean live) {
}
