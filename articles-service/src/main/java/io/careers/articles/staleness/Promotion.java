package io.careers.articles.staleness;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/**
 * A release promotion as announced by salary-service ({@code ReleasePromoted}).
 *
 * @param releaseId               the release now current
 * @param referencePeriod         its period, {@code YYYY-MM}
 * @param previousReleaseId       the release it superseded, or null
 * @param previousReferencePeriod that release's period, or null
 * @param changedOccupations      SOC codes whose current national figures changed
 * @param promotedAt              when it was promoted
 */
@Serdeable
public record Promotion(String releaseId, String referencePeriod, @Nullable String previousReleaseId,
                        @Nullable String previousReferencePeriod, List<String> changedOccupations, Instant promotedAt) {
}
