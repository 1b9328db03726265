package io.careers.articles.article;

import java.time.Instant;
import java.util.UUID;

/**
 * A live article with the content of its live revision.
 *
 * @param id          article id
 * @param revision    live revision
 * @param publishedAt first publication
 * @param revisedAt   when the live revision went live
 * @param content     the live revision's content
 */
public record LiveArticle(UUID id, int revision, Instant publishedAt, Instant revisedAt, ArticleContent content) {
}
