package io.careers.articles.article;

import io.careers.contracts.api.articles.ArticleStatus;
import io.careers.contracts.api.articles.Seo;
import io.careers.contracts.api.articles.Video;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An article as editors see it: the newest revision's content (Markdown) and its workflow state.
 *
 * @param id                article id
 * @param status            {@code DRAFT}, {@code SCHEDULED}, {@code PUBLISHED} or {@code UNPUBLISHED}
 * @param revision          the newest revision, the one the next edit must be based on
 * @param liveRevision      the revision readers see, or null
 * @param scheduledRevision the revision a planned publish will make live, or null
 * @param publishAt         when the planned publish fires, or null
 * @param firstPublishedAt  first publication, or null
 * @param publishedAt       when the live revision went live, or null
 * @param createdAt         creation time
 * @param createdBy         creator
 * @param updatedAt         last change
 * @param title             title
 * @param slug              slug of the newest revision
 * @param summary           summary
 * @param category          category
 * @param tags              tags
 * @param sections          sections with Markdown
 * @param occupations       SOC codes
 * @param programs          CIP codes
 * @param relatedArticleIds related article ids
 * @param videos            videos
 * @param seo               SEO fields
 */
@Serdeable
public record ArticleView(UUID id, ArticleStatus status, int revision, @Nullable Integer liveRevision,
                          @Nullable Integer scheduledRevision, @Nullable Instant publishAt,
                          @Nullable Instant firstPublishedAt, @Nullable Instant publishedAt, Instant createdAt,
                          String createdBy, Instant updatedAt, String title, String slug, @Nullable String summary,
                          @Nullable String category, List<String> tags, List<Section> sections,
                          List<String> occupations, List<String> programs, List<UUID> relatedArticleIds,
                          List<Video> videos, Seo seo) {

    static ArticleView of(ArticleState state) {
        ArticleRow r = state.row();
        ArticleContent c = state.latest();
        return new ArticleView(r.id(), r.status(), r.latestRevision(), r.liveRevision(), r.scheduledRevision(),
            r.publishAt(), r.firstPublishedAt(), r.livePublishedAt(), r.createdAt(), r.createdBy(), r.updatedAt(),
            c.title(), c.slug(), c.summary(), c.category(), c.tags(), c.sections(), c.occupations(), c.programs(),
            c.relatedArticleIds(), c.videos(), c.seo());
    }
}
