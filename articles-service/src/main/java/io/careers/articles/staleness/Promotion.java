package io.careers.articles.staleness;

import io.careers.contracts.salary.ReleasePromoted;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/**
 * A release promotion as announced by salary-service ({@code ReleasePromoted}), kept in
 * {@code release_promotion}.
 *
 * @param releaseId               the release now current
 * @param referencePeriod         its period, {@code YYYY-MM}
 * @param survey                  the survey, e.g. OEWS
 * @param previousReleaseId       the release it superseded, or null
 * @param previousReferencePeriod that release's period, or null
 * @param changedOccupations      SOC codes whose current national figures changed
 * @param promotedAt              when it was promoted
 */
@Serdeable
@MappedEntity("release_promotion")
public record Promotion(@Id String releaseId, String referencePeriod, String survey, @Nullable String previousReleaseId,
                        @Nullable String previousReferencePeriod,
                        @TypeDef(type = DataType.STRING_ARRAY) List<String> changedOccupations, Instant promotedAt) {

    /** @return the promotion an event announces */
    static Promotion of(ReleasePromoted event) {
        return new Promotion(event.releaseId(), event.referencePeriod(), event.survey(), event.previousReleaseId(),
            event.previousReferencePeriod(), event.changedOccupations(), event.occurredAt());
    }
}
