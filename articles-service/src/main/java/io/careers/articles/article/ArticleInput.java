package io.careers.articles.article;

import io.careers.contracts.api.articles.Seo;
import io.careers.contracts.api.articles.Video;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * The body of create and update (contracts.md). Unknown fields, and server-owned ones such as
 * {@code id} or {@code status}, are ignored.
 *
 * @param title             required
 * @param slug              optional on create (derived from the title); kept when absent on update
 * @param summary           short summary
 * @param category          e.g. {@code healthcare}
 * @param tags              free tags
 * @param sections          heading and Markdown with figure tokens
 * @param occupations       SOC codes the article is about
 * @param programs          CIP codes of related programs
 * @param relatedArticleIds ids of related articles
 * @param videos            related videos
 * @param seo               search engine title and description
 * @param revision          on update: the revision the edit is based on (or send {@code If-Match})
 */
@Serdeable
public record ArticleInput(@Nullable String title, @Nullable String slug, @Nullable String summary,
                           @Nullable String category, @Nullable List<String> tags, @Nullable List<Section> sections,
                           @Nullable List<String> occupations, @Nullable List<String> programs,
                           @Nullable List<String> relatedArticleIds, @Nullable List<Video> videos,
                           @Nullable Seo seo, @Nullable Integer revision) {
}
