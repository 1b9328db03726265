package io.careers.gateway.page;

import io.careers.gateway.payload.Citation;
import io.careers.gateway.payload.Link;
import io.careers.gateway.payload.Occupation;
import io.careers.gateway.payload.School;
import io.careers.gateway.payload.SectionHtml;
import io.careers.gateway.payload.Video;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

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
 * @param meta            when it was composed and which sections are degraded
 */
@Serdeable
public record CareerPage(String slug, ArticlePart article, SalaryPart salary, SchoolsPart schools,
                         List<Link> relatedArticles, List<Video> relatedVideos, Meta meta) {

    /**
     * @param title       title
     * @param summary     summary
     * @param category    category
     * @param sections    headings and HTML
     * @param citations   sources of the figures in the text
     * @param revision    live revision
     * @param publishedAt first publication
     */
    @Serdeable
    public record ArticlePart(String title, @Nullable String summary, @Nullable String category,
                              List<SectionHtml> sections, List<Citation> citations, int revision,
                              @Nullable Instant publishedAt) {
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
