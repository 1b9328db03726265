package io.careers.articles.figure;

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

    static RenderedFigure notAvailable(@Nullable Citation citation) {
        return new RenderedFigure(NOT_AVAILABLE, null, citation);
    }
}
