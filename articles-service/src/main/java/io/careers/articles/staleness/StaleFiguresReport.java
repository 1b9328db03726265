package io.careers.articles.staleness;

import io.careers.contracts.OccupationRef;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What editors should look at after a release promotion. Only published articles are listed.
 *
 * @param release              the promotion the report is about; null before the first one
 * @param generatedAt          when the report was computed
 * @param changedFigures       live figures whose value changed with the promotion
 * @param outdatedPeriods      pinned tokens and typed dates older than the current release
 * @param replacedOccupations  occupation codes the article is bound to that were split or renamed
 */
@Serdeable
public record StaleFiguresReport(@Nullable Promotion release, Instant generatedAt, List<ChangedFigure> changedFigures,
                                 List<OutdatedPeriod> outdatedPeriods, List<ReplacedOccupation> replacedOccupations) {

    /**
     * A live token whose figure changed.
     *
     * @param articleId     article
     * @param slug          its slug
     * @param title         its title
     * @param section       section index, from 0
     * @param token         the token as written
     * @param oldValue      the figure of the previous release, as readers saw it
     * @param newValue      the figure shown now
     * @param changePercent change in percent, one decimal; null when either is not a number
     */
    @Serdeable
    public record ChangedFigure(UUID articleId, String slug, String title, int section, String token, String oldValue,
                                String newValue, @Nullable BigDecimal changePercent) {
    }

    /**
     * A pinned token or a typed date that cites a period older than the current release.
     *
     * @param articleId     article
     * @param slug          its slug
     * @param title         its title
     * @param section       section index, from 0
     * @param line          line in the section's Markdown
     * @param text          the token or the words, e.g. {@code May 2013}
     * @param kind          {@code PINNED_TOKEN} or {@code TEXT}
     * @param citedPeriod   the period cited, {@code YYYY-MM}
     * @param currentPeriod the current release's period
     */
    @Serdeable
    public record OutdatedPeriod(UUID articleId, String slug, String title, int section, int line, String text,
                                 String kind, String citedPeriod, String currentPeriod) {
    }

    /**
     * An article bound to an occupation code that has successors in a newer SOC version.
     *
     * @param articleId  article
     * @param slug       its slug
     * @param title      its title
     * @param occupation the code the article uses
     * @param successors the codes to re-bind to
     */
    @Serdeable
    public record ReplacedOccupation(UUID articleId, String slug, String title, OccupationRef occupation,
                                     List<OccupationRef> successors) {
    }
}
