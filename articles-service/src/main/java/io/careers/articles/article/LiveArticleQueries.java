package io.careers.articles.article;

import io.careers.contracts.api.articles.ArticleLocation;
import io.careers.contracts.api.articles.ArticleSummary;
import io.careers.contracts.api.articles.ArticlesPage;
import io.careers.contracts.api.articles.RelatedArticle;
import io.careers.contracts.http.PageRequest;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Reads of what readers see: live revisions only. */
@Singleton
public record LiveArticleQueries(ArticleReadRepository articles, RevisionStore revisions) {
    /** @return the live article that has this slug, or had it while it was live */
    public Optional<LiveArticle> bySlug(String slug) {
        return articles.liveBySlug(slug).map(this::live);
    }

    /** @return every live article: the staleness report reads them all */
    public List<LiveArticle> all() {
        return articles.allLive().stream().map(this::live).toList();
    }

    /** @return the live articles among {@code ids}, in the order of {@code ids} */
    List<RelatedArticle> related(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, RelatedArticle> found = new HashMap<>();
        articles.liveAmong(ids).forEach(article -> found.put(article.id(), article));
        return ids.stream().filter(found::containsKey).map(found::get).toList();
    }

    /** The most URLs one sitemap file may hold. */
    static final int MAX_LOCATIONS = 50_000;

    List<ArticleLocation> locations() {
        return articles.locations(MAX_LOCATIONS);
    }

    ArticlesPage list(@Nullable String category, PageRequest paging) {
        long total = articles.countLive(category);
        List<ArticleSummary> items = articles.live(category, paging.size(), paging.offset());
        return new ArticlesPage(items, paging.page(), paging.size(), total, paging.pagesOf(total));
    }

    private LiveArticle live(ArticleReadRepository.LiveRow row) {
        return new LiveArticle(row.id(), row.liveRevision(), row.firstPublishedAt(), row.livePublishedAt(),
            revisions.read(row.document()));
    }
}
