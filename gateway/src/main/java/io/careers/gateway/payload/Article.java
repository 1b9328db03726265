package io.careers.gateway.payload;

import io.careers.contracts.page.Citation;
import io.careers.contracts.page.FigureCitation;
import io.careers.contracts.page.Link;
import io.careers.contracts.page.SectionHtml;
import io.careers.contracts.page.Video;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.List;

/**
 * A published article as the gateway holds it, checked and with its HTML cleaned.
 *
 * @param slug            current slug
 * @param title           title (text)
 * @param summary         summary (text)
 * @param category        category
 * @param sections        headings (text) and cleaned HTML
 * @param citations       sources of the figures
 * @param figures         each figure of the text with its source
 * @param occupations     SOC codes: the salary section's
 * @param programs        CIP codes: the schools section's
 * @param relatedArticles live related articles
 * @param videos          videos with http(s) URLs
 * @param revision        live revision
 * @param publishedAt     first publication
 * @param revisedAt       when the live revision went live
 * @param tags            tags (text)
 * @param seoTitle        the editors' title for search engines (text), or null to use the title
 * @param seoDescription  the editors' description for search engines (text), or null to use the summary
 */
public record Article(String slug, String title, @Nullable String summary, @Nullable String category,
                      List<SectionHtml> sections, List<Citation> citations, List<FigureCitation> figures,
                      List<String> occupations,
                      List<String> programs, List<Link> relatedArticles, List<Video> videos, int revision,
                      @Nullable Instant publishedAt, @Nullable Instant revisedAt, List<String> tags,
                      @Nullable String seoTitle, @Nullable String seoDescription) {
    /**
     * @return whether a figure of the text cites nothing: articles-service had no data for it (not yet
     *     applied, or never released), so the text says "not available" where a number may soon be
     */
    public boolean showsAFigureWithoutData() {
        return figures.stream().anyMatch(figure -> figure.citation() == null);
    }
}
