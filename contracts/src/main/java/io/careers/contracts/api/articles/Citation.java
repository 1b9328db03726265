package io.careers.contracts.api.articles;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Where a figure shown in an article comes from.
 *
 * @param source          {@value #OEWS} or {@value #PROJECTIONS}
 * @param releaseId       the OEWS release, e.g. {@code OEWS-2013-05}; null for projections
 * @param referencePeriod {@code 2013-05}, or the projection period {@code 2012-2022}
 */
@Serdeable
public record Citation(@NotNull @Size(max = 100) String source, @Nullable @Size(max = 100) String releaseId,
                       @NotNull @Size(max = 20) String referencePeriod) {
    /** Source name of wage and employment figures. */
    public static final String OEWS = "BLS OEWS";
    /** Source name of projections. */
    public static final String PROJECTIONS = "BLS Employment Projections";
}
