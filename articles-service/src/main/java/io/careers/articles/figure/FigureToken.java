package io.careers.articles.figure;

import io.micronaut.core.annotation.Nullable;

/**
 * One figure token of an article's Markdown, e.g. {@code {{wage:29-2071:annual.median@2013-05}}}.
 *
 * @param text       the token as written, braces included
 * @param kind       what it shows
 * @param occupation the SOC code it names
 * @param measure    {@code annual.median} for wages, {@code percentChange} for projections; null otherwise
 * @param pin        {@code YYYY-MM} (or {@code YYYY-YYYY} for projections) when pinned; null for the current figure
 * @param dated      written with {@code +dated}: the figure is followed by its period, "$34,970 (May 2013)"
 * @param line       1-based line of the token in its Markdown
 * @param column     1-based column of its first brace
 */
public record FigureToken(String text, Kind kind, String occupation, @Nullable String measure, @Nullable String pin,
                          boolean dated, int line, int column) {
    /** The option that adds the figure's period after it. */
    public static final String DATED = "+dated";


    /** What a token shows. */
    public enum Kind {
        /** A wage measure of the OEWS release: {@code {{wage:<soc>:<annual|hourly>.<measure>}}}. */
        WAGE,
        /** Employment of the OEWS release: {@code {{employment:<soc>}}}. */
        EMPLOYMENT,
        /** A measure of the employment projection: {@code {{projection:<soc>:percentChange}}}. */
        PROJECTION,
        /** The reference period of the OEWS release, as "May 2013": {@code {{period:<soc>}}}. */
        PERIOD
    }

    /** @return whether the token follows the current release rather than a fixed period */
    public boolean live() {
        return pin == null;
    }

    /**
     * @param period a reference period, or null for the current figure
     * @return this token showing that period's figure without its date: how two releases' figures are compared
     */
    public FigureToken undatedAt(@Nullable String period) {
        return new FigureToken(text, kind, occupation, measure, period, false, line, column);
    }

    /** @return where the token is, for messages: {@code line 3, column 14} */
    public String position() {
        return "line " + line + ", column " + column;
    }
}
