package io.careers.gateway.page;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.net.URI;

/**
 * Where the public web site is, under {@code gateway.site}: the sitemap names its pages there, not
 * on the gateway.
 *
 * @param url the site's address, e.g. {@code https://careers.example}; its pages are {@code <url>/careers/<slug>}
 */
@ConfigurationProperties("gateway.site")
public record SiteSettings(URI url) {
    /** An absolute http(s) address; a trailing slash is dropped. */
    public SiteSettings {
        if (url == null || !url.isAbsolute() || !("http".equals(url.getScheme()) || "https".equals(url.getScheme()))
            || url.getRawQuery() != null || url.getRawFragment() != null) {
            throw new IllegalArgumentException("gateway.site.url must be an absolute http(s) address without query, e.g. "
                + "https://careers.example; was " + url);
        }
        String text = url.toString();
        url = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
    }

    /**
     * @param slug a career page's current slug
     * @return its path on the web site, {@code /careers/<slug>} (contracts.md's web front end)
     */
    public static String careerPath(String slug) {
        return "/careers/" + slug;
    }

    /**
     * @param slug a career page's current slug
     * @return its address on the web site
     */
    public String careerUrl(String slug) {
        return url + careerPath(slug);
    }
}
