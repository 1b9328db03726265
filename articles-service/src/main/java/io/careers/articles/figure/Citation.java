package io.careers.articles.figure;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * Where a figure shown in an article comes from.
 *
 * @param source          {@value #OEWS} or {@value #PROJECTIONS}
 * @param releaseId       the OEWS release, e.g. {@code OEWS-2013-05}; null for projections
 * @param referencePeriod {@code 2013-05}, or the projection period {@code 2012-2022}
 */
@Serdeable
public record Citation(String source, @Nullable String releaseId, String referencePeriod) {
    /** Source name of wage and employment figures. */
    public static final String OEWS = "BLS OEWS";
    /** Source name of projections. */
    public static final String PROJECTIONS = "BLS Employment Projections";
}
