package io.careers.articles.article;

import io.careers.contracts.api.articles.ArticleStatus;
import io.careers.contracts.http.PageRequest;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.List;

/** The editors' list: every article in any state, by its newest revision. */
@Singleton
record EditorialQueries(ArticleReadRepository articles) {
    EditorialPage list(@Nullable ArticleStatus status, PageRequest paging) {
        String state = status == null ? null : status.name();
        long total = articles.countInState(state);
        List<EditorialItem> items = articles.inState(state, paging.size(), paging.offset());
        return new EditorialPage(items, paging.page(), paging.size(), total, paging.pagesOf(total));
    }
}
