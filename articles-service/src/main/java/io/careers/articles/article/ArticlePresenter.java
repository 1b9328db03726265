package io.careers.articles.article;

import io.careers.articles.render.ArticleRenderer;
import io.careers.articles.render.Rendering;
import io.careers.contracts.api.articles.ArticleStatus;
import io.careers.contracts.api.articles.PublishedArticle;
import io.careers.contracts.api.articles.RenderedSection;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Turns stored content into what readers get: rendered sections, citations, live related articles. */
@Singleton
record ArticlePresenter(ArticleRenderer renderer, LiveArticleQueries live) {
    PublishedArticle published(LiveArticle article) {
        return present(article, ArticleStatus.PUBLISHED, article.revision(), article.publishedAt(), article.revisedAt());
    }

    /** The newest revision as it would look if published now. */
    PublishedArticle preview(ArticleState state) {
        ArticleRow row = state.row();
        return present(new LiveArticle(row.id(), row.latestRevision(), row.firstPublishedAt(), row.livePublishedAt(),
            state.latest()), row.status(), row.latestRevision(), row.firstPublishedAt(), row.livePublishedAt());
    }

    private PublishedArticle present(LiveArticle article, ArticleStatus status, int revision,
                                     @Nullable Instant publishedAt, @Nullable Instant revisedAt) {
        ArticleContent c = article.content();
        Rendering rendering = renderer.render(c.markdown());
        List<RenderedSection> sections = new ArrayList<>(c.sections().size());
        for (int i = 0; i < c.sections().size(); i++) {
            sections.add(new RenderedSection(c.sections().get(i).heading(), rendering.html().get(i)));
        }
        return new PublishedArticle(article.id(), c.slug(), c.title(), c.summary(), c.category(), c.tags(), sections,
            rendering.citations(), rendering.figures(), c.occupations(), c.programs(), live.related(c.relatedArticleIds()), c.videos(),
            c.seo(), status, revision, publishedAt, revisedAt);
    }
}
