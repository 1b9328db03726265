package io.careers.contracts.page;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The career page payload of contracts.md. Text fields are text (escape them); only
 * {@code article.sections[].html} is HTML, cleaned to a safe subset.
 *
 * @param slug            the article's current slug (an old slug in the URL resolves to it)
 * @param article         the article
 * @param salary          the salary section
 * @param schools         the Popular Schools section
 * @param relatedArticles related career pages
 * @param relatedVideos   related videos
 * @param seo             what a front end puts in the page's head for search engines
 * @param meta            when it was composed and which sections are degraded
 */
@Serdeable
public record CareerPage(String slug, ArticlePart article, SalaryPart salary, SchoolsPart schools,
                         List<Link> relatedArticles, List<Video> relatedVideos, Seo seo, Meta meta) {

    /**
     * @param title         the page's title (text): the editors' SEO title, else the article's
     * @param description   its description (text): the editors' SEO description, else the summary; may be null
     * @param canonicalPath the path of the career page on the web front end, {@code /careers/<current slug>},
     *                      also when it was asked for by an old slug
     * @param jsonLd        schema.org JSON-LD: the {@code Article} and an {@code Occupation} per occupation of the
     *                      salary section with its annual wages; for a {@code <script type="application/ld+json">}
     *                      (escape {@code </} there, as in any inline script)
     */
    @Serdeable
    public record Seo(String title, @Nullable String description, String canonicalPath,
                      @Schema(type = "object", additionalProperties = Schema.AdditionalPropertiesValue.TRUE,
                          description = "schema.org JSON-LD ({\"@context\": \"https://schema.org\", \"@graph\": [...]})")
                      Map<String, Object> jsonLd) {
    }

    /**
     * @param title       title
     * @param summary     summary
     * @param category    category
     * @param sections    headings and HTML
     * @param citations   sources of the figures in the text
     * @param figures     each figure of the text with its source: {@code token}, {@code text} as shown, {@code citation}
     * @param revision    live revision
     * @param publishedAt first publication
     * @param updatedAt   when the live revision went live
     * @param tags        tags (text)
     */
    @Serdeable
    public record ArticlePart(String title, @Nullable String summary, @Nullable String category,
                              List<SectionHtml> sections, List<Citation> citations, List<FigureCitation> figures,
                              int revision,
                              @Nullable Instant publishedAt, @Nullable Instant updatedAt, List<String> tags) {
    }

    /**
     * @param status      OK, STALE or UNAVAILABLE
     * @param occupations current national figures of the article's occupations
     * @param asOf        when the figures were fetched; null when UNAVAILABLE
     */
    @Serdeable
    public record SalaryPart(SectionStatus status, List<Occupation> occupations, @Nullable Instant asOf) {
    }

    /**
     * @param status     OK, STALE or UNAVAILABLE
     * @param items      ranked entries
     * @param page       page number
     * @param size       page size
     * @param totalItems matching listings
     * @param totalPages pages
     * @param asOf       when the page was fetched; null when UNAVAILABLE
     */
    @Serdeable
    public record SchoolsPart(SectionStatus status, List<School> items, int page, int size, long totalItems,
                              long totalPages, @Nullable Instant asOf) {
    }

    /**
     * @param generatedAt when the page was composed
     * @param degraded    names of the parts not OK: {@code salary}, {@code schools}, or {@code article} when
     *                    the article came from the cache after articles-service failed
     */
    @Serdeable
    public record Meta(Instant generatedAt, List<String> degraded) {
    }
}
