package io.careers.articles.article;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/**
 * A slug an article has claimed: it belongs to that article for good, so an old link keeps
 * resolving to the article that used it once it has been live.
 *
 * @param slug        the slug
 * @param articleId   its article
 * @param claimedAt   when the article claimed it
 * @param firstLiveAt when readers first saw it, or null while it has never been live
 */
@MappedEntity("article_slug")
record ArticleSlug(@Id String slug, UUID articleId, Instant claimedAt, @Nullable Instant firstLiveAt) {
}
