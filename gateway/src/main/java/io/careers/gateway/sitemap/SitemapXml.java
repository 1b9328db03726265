package io.careers.gateway.sitemap;

import io.careers.gateway.page.SiteSettings;
import io.careers.gateway.payload.CareerLocation;

import java.time.temporal.ChronoUnit;
import java.util.List;

/** Writes a sitemap (sitemaps.org protocol 0.9): one {@code <url>} per career page with its last change. */
final class SitemapXml {
    private SitemapXml() {
    }

    /**
     * @param site      the web site, where the career pages are
     * @param locations the career pages
     * @return the sitemap document
     */
    static String of(SiteSettings site, List<CareerLocation> locations) {
        StringBuilder xml = new StringBuilder(128 + locations.size() * 120)
            .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
            .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (CareerLocation location : locations) {
            xml.append("  <url><loc>").append(escape(site.careerUrl(location.slug()))).append("</loc><lastmod>")
                .append(location.updatedAt().truncatedTo(ChronoUnit.SECONDS)).append("</lastmod></url>\n");
        }
        return xml.append("</urlset>\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
            .replace("'", "&apos;");
    }
}
