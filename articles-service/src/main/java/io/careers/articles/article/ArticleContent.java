package io.careers.articles.article;

import io.careers.contracts.api.articles.Seo;
import io.careers.contracts.api.articles.Video;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.UUID;

/**
 * One revision's content, validated and normalised (stripped text, no null lists); stored as
 * JSON in {@code article_revision.document}.
 *
 * @param title             title
 * @param slug              slug of this revision
 * @param summary           summary, or null
 * @param category           category, or null
 * @param tags              tags
 * @param sections          sections
 * @param occupations       SOC codes
 * @param programs          CIP codes
 * @param relatedArticleIds related articles
 * @param videos            videos
 * @param seo               SEO title and description
 */
@Serdeable
public record ArticleContent(String title, String slug, @Nullable String summary, @Nullable String category,
                             List<String> tags, List<Section> sections, List<String> occupations,
                             List<String> programs, List<UUID> relatedArticleIds, List<Video> videos, Seo seo) {

    /** @return the sections' Markdown, in order */
    public List<String> markdown() {
        return sections.stream().map(Section::markdown).toList();
    }

    /**
     * @param other slug to use
     * @return this content with another slug
     */
    public ArticleContent withSlug(String other) {
        return new ArticleContent(title, other, summary, category, tags, sections, occupations, programs,
            relatedArticleIds, videos, seo);
    }
}
