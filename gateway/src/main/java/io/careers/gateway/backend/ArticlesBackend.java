package io.careers.gateway.backend;

import io.careers.contracts.api.articles.ArticleLocation;
import io.careers.contracts.api.articles.ArticlesPage;
import io.careers.contracts.api.articles.PublishedArticle;
import io.careers.contracts.api.articles.SearchPage;
import io.careers.contracts.http.SearchQuery;
import io.careers.contracts.page.CareerSummary;
import io.careers.contracts.page.CareersPage;
import io.careers.contracts.page.Citation;
import io.careers.contracts.page.FigureCitation;
import io.careers.contracts.page.Link;
import io.careers.contracts.page.SectionHtml;
import io.careers.contracts.page.Video;
import io.careers.gateway.payload.Article;
import io.careers.gateway.payload.CareerLocation;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.uri.UriBuilder;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** articles-service: published articles by slug, the list of published articles, and search over them. */
@Singleton
public class ArticlesBackend {
    private final JsonBackend backend;

    ArticlesBackend(@Client(id = "articles") HttpClient client, @Named("articles") BackendPolicy policy,
                    BackendAnswers answers) {
        this.backend = new JsonBackend(client, policy, answers);
    }

    /** @return the published article, or empty when articles-service has none under this slug */
    public Mono<Optional<Article>> bySlug(String slug, @Nullable Duration deadline) {
        return backend.get("/api/v1/articles/by-slug/" + slug, PublishedArticle.class, deadline)
            .map(answer -> answer.map(ArticlesBackend::article));
    }

    public Mono<CareersPage> index(int page, int size, @Nullable String category) {
        UriBuilder uri = UriBuilder.of("/api/v1/articles").queryParam("page", page).queryParam("size", size);
        if (category != null) {
            uri.queryParam("category", category);
        }
        return backend.require(uri.toString(), ArticlesPage.class, null).map(ArticlesBackend::careersPage);
    }

    /**
     * @param query    the words searched for
     * @param page     page number
     * @param size     page size
     * @param category a category, or null for all
     * @return the live articles that match, best first, each with its snippet
     */
    public Mono<CareersPage> search(SearchQuery query, int page, int size, @Nullable String category) {
        UriBuilder uri = UriBuilder.of("/api/v1/articles/search").queryParam("q", query.text())
            .queryParam("page", page).queryParam("size", size);
        if (category != null) {
            uri.queryParam("category", category);
        }
        return backend.require(uri.toString(), SearchPage.class, null).map(ArticlesBackend::careersPage);
    }

    /** @return every published career page's slug and last change, by slug (at most 50,000) */
    public Mono<List<CareerLocation>> locations() {
        return backend.require("/api/v1/articles/locations", ArticleLocation.All.class, null)
            .map(answer -> answer.locations().stream().map(l -> new CareerLocation(l.slug(), l.updatedAt())).toList());
    }

    /** @return the page's view of an article: its HTML cleaned again, and only videos a visitor can follow */
    static Article article(PublishedArticle answer) {
        List<SectionHtml> sections = answer.sections().stream()
            .map(s -> new SectionHtml(s.heading(), SafeHtml.clean(s.html()))).toList();
        List<FigureCitation> figures = answer.figures().stream()
            .map(f -> new FigureCitation(f.token(), f.text(), f.citation() == null ? null : citation(f.citation()))).toList();
        List<Link> related = answer.relatedArticles().stream().map(r -> new Link(r.slug(), r.title())).toList();
        // A video without a title or an http(s) URL is dropped, not passed on.
        List<Video> videos = new ArrayList<>();
        for (var video : answer.videos()) {
            String url = webUrl(video.url());
            if (video.title() != null && url != null) {
                videos.add(new Video(video.title(), video.description(), url));
            }
        }
        return new Article(answer.slug(), answer.title(), answer.summary(), answer.category(), sections,
            answer.citations().stream().map(ArticlesBackend::citation).toList(), figures, answer.occupations(),
            answer.programs(), related, videos, answer.revision(), answer.publishedAt(), answer.revisedAt(), answer.tags(),
            answer.seo().title(), answer.seo().description());
    }

    private static Citation citation(io.careers.contracts.api.articles.Citation c) {
        return new Citation(c.source(), c.releaseId(), c.referencePeriod());
    }

    private static CareersPage careersPage(ArticlesPage answer) {
        List<CareerSummary> items = answer.items().stream().map(i -> new CareerSummary(i.slug(), i.title(), i.summary(),
            i.category(), i.publishedAt(), null)).toList();
        return new CareersPage(null, items, answer.page(), answer.size(), answer.totalItems(), answer.totalPages());
    }

    private static CareersPage careersPage(SearchPage answer) {
        List<CareerSummary> items = answer.items().stream().map(i -> new CareerSummary(i.slug(), i.title(), i.summary(),
            i.category(), i.publishedAt(), SafeHtml.snippet(i.snippet()))).toList();
        return new CareersPage(answer.query(), items, answer.page(), answer.size(), answer.totalItems(), answer.totalPages());
    }

    /** @return an absolute http(s) URL, or null when the value is anything else */
    @Nullable
    static String webUrl(@Nullable String text) {
        if (text == null) {
            return null;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri.toString() : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** @return whether calls go through normally (circuit closed); callers need not wait on a trial call */
    public boolean healthy() {
        return backend.healthy();
    }
}
