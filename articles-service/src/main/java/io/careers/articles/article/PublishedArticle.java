package io.careers.articles.article;

import io.careers.articles.figure.Citation;
import io.careers.articles.render.FigureCitation;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An article as readers get it: HTML with today's figures, their citations, and related
 * articles that are live. {@code slug} is the current one, also when it was asked for by an old slug.
 *
 * @param id               article id
 * @param slug             current slug
 * @param title            title
 * @param summary          summary
 * @param category         category
 * @param tags             tags
 * @param sections         headings and HTML
 * @param citations        sources of the figures shown
 * @param figures          each figure shown, with its source: for a citation beside each number
 * @param occupations      SOC codes
 * @param programs         CIP codes
 * @param relatedArticles  live related articles
 * @param videos           videos
 * @param seo              SEO fields
 * @param status           {@code PUBLISHED}, or the draft's status in a preview
 * @param revision         revision shown
 * @param publishedAt      first publication
 * @param revisedAt        when the revision shown went live
 */
@Serdeable
public record PublishedArticle(UUID id, String slug, String title, @Nullable String summary, @Nullable String category,
                               List<String> tags, List<RenderedSection> sections, List<Citation> citations,
                               List<FigureCitation> figures,
                               List<String> occupations, List<String> programs, List<RelatedArticle> relatedArticles,
                               List<Video> videos, Seo seo, ArticleStatus status, int revision,
                               @Nullable Instant publishedAt, @Nullable Instant revisedAt) {
}
