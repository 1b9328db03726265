package io.careers.gateway.sitemap;

import io.careers.gateway.page.SiteSettings;
import io.careers.gateway.payload.CareerLocation;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SitemapXmlTest {
    @Test
    void eachCareerPageIsAUrlOnTheWebSiteWithItsLastChange() {
        String xml = SitemapXml.of(new SiteSettings(URI.create("https://careers.example/")), List.of(
            new CareerLocation("medical-coder", Instant.parse("2026-02-01T10:00:00.123456Z")),
            new CareerLocation("medical-records-administration", Instant.parse("2026-01-05T10:00:00Z"))));
        assertEquals("""
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
              <url><loc>https://careers.example/careers/medical-coder</loc><lastmod>2026-02-01T10:00:00Z</lastmod></url>
              <url><loc>https://careers.example/careers/medical-records-administration</loc><lastmod>2026-01-05T10:00:00Z</lastmod></url>
            </urlset>
            """, xml);
    }

    @Test
    void theSiteIsAnAbsoluteWebAddress() {
        assertEquals(URI.create("https://careers.example"), new SiteSettings(URI.create("https://careers.example/")).url());
        for (String bad : List.of("careers.example", "ftp://careers.example", "https://careers.example/?x=1")) {
            assertThrows(IllegalArgumentException.class, () -> new SiteSettings(URI.create(bad)), bad);
        }
    }
}
