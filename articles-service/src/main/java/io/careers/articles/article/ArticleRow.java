package io.careers.articles.article;

import io.careers.contracts.api.articles.ArticleStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/**
 * The workflow state of an article (table {@code article}).
 *
 * @param id                article id
 * @param status            workflow status
 * @param latestRevision    newest revision, the draft editors work on
 * @param liveRevision      revision readers see, or null
 * @param scheduledRevision revision a planned publish will make live, or null
 * @param publishAt         when the planned publish fires, or null
 * @param firstPublishedAt  first time the article went live
 * @param livePublishedAt   when the live revision went live
 * @param createdAt         creation time
 * @param createdBy         who created it
 * @param updatedAt         last change of any kind
 */
@MappedEntity("article")
record ArticleRow(@Id UUID id, ArticleStatus status, int latestRevision, @Nullable Integer liveRevision,
                  @Nullable Integer scheduledRevision, @Nullable Instant publishAt, @Nullable Instant firstPublishedAt,
                  @Nullable Instant livePublishedAt, Instant createdAt, String createdBy, Instant updatedAt) {

    static ArticleRow created(UUID id, String author, Instant at) {
        return new ArticleRow(id, ArticleStatus.DRAFT, 1, null, null, null, null, null, at, author, at);
    }

    ArticleRow revised(int revision, Instant at) {
        return new ArticleRow(id, status, revision, liveRevision, scheduledRevision, publishAt, firstPublishedAt,
            livePublishedAt, createdAt, createdBy, at);
    }

    ArticleRow scheduled(int revision, Instant when, Instant at) {
        ArticleStatus next = liveRevision == null ? ArticleStatus.SCHEDULED : ArticleStatus.PUBLISHED;
        return new ArticleRow(id, next, latestRevision, liveRevision, revision, when, firstPublishedAt,
            livePublishedAt, createdAt, createdBy, at);
    }

    ArticleRow published(int revision, Instant at) {
        return new ArticleRow(id, ArticleStatus.PUBLISHED, latestRevision, revision, null, null,
            firstPublishedAt == null ? at : firstPublishedAt, at, createdAt, createdBy, at);
    }

    ArticleRow unpublished(Instant at) {
        ArticleStatus next = liveRevision != null || status == ArticleStatus.UNPUBLISHED
            ? ArticleStatus.UNPUBLISHED : ArticleStatus.DRAFT;
        return new ArticleRow(id, next, latestRevision, null, null, null, firstPublishedAt, null, createdAt,
            createdBy, at);
    }
}
