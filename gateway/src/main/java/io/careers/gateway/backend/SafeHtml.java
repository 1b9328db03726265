package io.careers.gateway.backend;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Cleans HTML from articles-service once more before it reaches a page: articles-service renders
 * safe HTML, but the gateway treats every backend as untrusted. Only text formatting, lists,
 * headings, quotes, code, tables, http(s)/mailto links and http(s) images survive.
 */
final class SafeHtml {
    private static final Safelist SAFELIST = Safelist.relaxed()
        .addAttributes("a", "rel")
        .addProtocols("a", "href", "http", "https", "mailto")
        .preserveRelativeLinks(true);
    /** Search snippets: text, and the marks around the words found. */
    private static final Safelist MARKS_ONLY = Safelist.none().addTags("mark");
    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

    private SafeHtml() {
    }

    static String clean(String html) {
        return Jsoup.clean(html, "https://gateway.invalid/", SAFELIST, OUTPUT);
    }

    static String snippet(String html) {
        return Jsoup.clean(html, "https://gateway.invalid/", MARKS_ONLY, OUTPUT);
    }
}
