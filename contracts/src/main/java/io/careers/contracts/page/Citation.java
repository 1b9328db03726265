package io.careers.contracts.page;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The source of figures in an article.
 *
 * @param source          {@code BLS OEWS} or {@code BLS Employment Projections}
 * @param releaseId       OEWS release, or null
 * @param referencePeriod period
 */
@Serdeable
public record Citation(String source, @Nullable String releaseId, String referencePeriod) {
}
