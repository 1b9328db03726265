package io.careers.articles.article;

import io.careers.contracts.Topics;
import io.careers.contracts.articles.ArticlePublished;
import io.careers.contracts.articles.ArticleUnpublished;
import io.careers.messaging.outbox.OutboxWriter;
import jakarta.inject.Singleton;

import java.util.List;

/** Writes {@code ArticlePublished} and {@code ArticleUnpublished} to the outbox, in the caller's transaction. */
@Singleton
record ArticleEvents(OutboxWriter outbox, SlugRepository slugs) {
    void published(ArticleRow row, ArticleContent live) {
        outbox.append(Topics.ARTICLES, row.id().toString(), ArticlePublished.of(row.id(), live.slug(),
            previousSlugs(row, live.slug()), live.title(), live.summary(), live.category(), row.liveRevision(),
            row.firstPublishedAt(), live.occupations(), live.programs()));
    }

    void unpublished(ArticleRow row, String liveSlug) {
        outbox.append(Topics.ARTICLES, row.id().toString(),
            ArticleUnpublished.of(row.id(), liveSlug, previousSlugs(row, liveSlug)));
    }

    /** Every other slug readers have seen the article under, so consumers can drop what they cached under them. */
    private List<String> previousSlugs(ArticleRow row, String slug) {
        return slugs.liveSlugsOf(row.id()).stream().filter(s -> !s.equals(slug)).toList();
    }
}
