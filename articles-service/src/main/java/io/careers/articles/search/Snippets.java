package io.careers.articles.search;

import java.util.regex.Pattern;

/**
 * Passages of article text with the matched words marked, as safe HTML: the text is escaped first,
 * then the marks PostgreSQL put around matches become {@code <mark>}. Control characters serve as
 * marks because no article text contains them, so a visitor's words can never forge one.
 */
final class Snippets {
    /** Where a match starts and stops in what {@code ts_headline} returns. */
    private static final char START = '\u0002';
    private static final char STOP = '\u0003';
    /** {@code ts_headline} options: those marks, one passage of 10 to 30 words. */
    static final String HEADLINE_OPTIONS = "StartSel=" + START + ", StopSel=" + STOP + ", MaxWords=30, MinWords=10";
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private Snippets() {
    }

    /**
     * @param headline what {@code ts_headline} returned
     * @return it as HTML, every match in {@code <mark>}
     */
    static String html(String headline) {
        StringBuilder html = new StringBuilder(headline.length() + 32);
        for (char c : SPACE.matcher(headline.strip()).replaceAll(" ").toCharArray()) {
            switch (c) {
                case START -> html.append("<mark>");
                case STOP -> html.append("</mark>");
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
        return html.toString();
    }
}
