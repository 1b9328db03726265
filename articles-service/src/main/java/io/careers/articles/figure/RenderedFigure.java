package io.careers.articles.figure;

import io.careers.contracts.api.articles.Citation;
import io.careers.contracts.page.FigureFormat;
import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;

/**
 * A token turned into reader-facing text.
 *
 * @param text     e.g. {@code $34,970}, {@code $239,200 or more}, {@code not available}
 * @param value    the number behind it, for comparisons; null when there is none (a footnote, no data, a period)
 * @param citation where it comes from; null when nothing is shown
 */
public record RenderedFigure(String text, @Nullable BigDecimal value, @Nullable Citation citation) {
    /** What readers see when there is no figure (no data, or BLS did not release it). */
    public static final String NOT_AVAILABLE = "not available";

    /** @return the figure followed by the period it is of, "$34,970 (May 2013)"; unchanged when it cites nothing */
    RenderedFigure dated() {
        if (citation == null) {
            return this;
        }
        String period = Citation.OEWS.equals(citation.source()) ? FigureFormat.period(citation.referencePeriod())
            : citation.referencePeriod();
        return new RenderedFigure(text + " (" + period + ")", value, citation);
    }

    static RenderedFigure notAvailable(@Nullable Citation citation) {
        return new RenderedFigure(NOT_AVAILABLE, null, citation);
    }
}
