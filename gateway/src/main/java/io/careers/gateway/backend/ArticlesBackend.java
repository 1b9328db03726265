package io.careers.gateway.backend;

import com.fasterxml.jackson.databind.JsonNode;
import io.careers.contracts.http.SearchQuery;
import io.careers.contracts.id.IdentifierFormat;
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

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static io.careers.gateway.backend.Untrusted.count;
import static io.careers.gateway.backend.Untrusted.identifierItem;
import static io.careers.gateway.backend.Untrusted.list;
import static io.careers.gateway.backend.Untrusted.optionalInstant;
import static io.careers.gateway.backend.Untrusted.optionalText;
import static io.careers.gateway.backend.Untrusted.slug;
import static io.careers.gateway.backend.Untrusted.text;
import static io.careers.gateway.backend.Untrusted.texts;

/** articles-service: published articles by slug, the list of published articles, and search over them. */
@Singleton
public class ArticlesBackend {

    /** The most URLs one sitemap file may hold. */
    private static final int MAX_LOCATIONS = 50_000;

    private final JsonBackend backend;

    ArticlesBackend(@Client(id = "articles") HttpClient client, @Named("articles") BackendPolicy policy) {
        this.backend = new JsonBackend(client, policy);
    }

    /** @return the published article, or empty when articles-service has none under this slug */
    public Mono<Optional<Article>> bySlug(String slug, @Nullable Duration deadline) {
        return backend.get("/api/v1/articles/by-slug/" + slug, deadline).map(body -> body.map(ArticlesBackend::article));
    }

    public Mono<CareersPage> index(int page, int size, @Nullable String category) {
        UriBuilder uri = UriBuilder.of("/api/v1/articles").queryParam("page", page).queryParam("size", size);
        if (category != null) {
            uri.queryParam("category", category);
        }
        return backend.get(uri.toString(), null).map(body -> careersPage(body.orElseThrow(
            () -> new MalformedResponseException("the article list answered 404"))));
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
        return backend.get(uri.toString(), null).map(body -> careersPage(body.orElseThrow(
            () -> new MalformedResponseException("the article search answered 404"))));
    }

    /** @return every published career page's slug and last change, by slug (at most 50,000) */
    public Mono<List<CareerLocation>> locations() {
        return backend.get("/api/v1/articles/locations", null).map(body -> {
            JsonNode array = body.orElseThrow(() -> new MalformedResponseException("the article locations answered 404"))
                .path("locations");
            if (!array.isArray() || array.size() > MAX_LOCATIONS) {
                throw new MalformedResponseException("locations: expected an array of at most " + MAX_LOCATIONS + " items");
            }
            List<CareerLocation> locations = new ArrayList<>(array.size());
            array.forEach(item -> locations.add(new CareerLocation(slug(item, "slug"), instant(item, "updatedAt"))));
            return locations;
        });
    }

    private static Citation citation(JsonNode c) {
        return new Citation(text(c, "source", 100), optionalText(c, "releaseId", 100), text(c, "referencePeriod", 20));
    }

    private static Instant instant(JsonNode item, String field) {
        Instant instant = optionalInstant(item, field);
        if (instant == null) {
            throw new MalformedResponseException(field + ": required");
        }
        return instant;
    }

    static Article article(JsonNode body) {
        List<SectionHtml> sections = list(body, "sections",
            s -> new SectionHtml(text(s, "heading", 500), SafeHtml.clean(text(s, "html", 500_000))));
        List<Citation> citations = list(body, "citations", ArticlesBackend::citation);
        // Optional: an articles-service older than the gateway does not send it yet.
        List<FigureCitation> figures = body.has("figures") ? list(body, "figures", f -> new FigureCitation(text(f, "token", 200),
            text(f, "text", 200), f.hasNonNull("citation") ? citation(f.get("citation")) : null)) : List.of();
        List<Link> related = list(body, "relatedArticles", r -> new Link(slug(r, "slug"), text(r, "title", 500)));
        // A video without an http(s) URL is dropped, not passed on.
        List<Video> videos = list(body, "videos", v -> {
            String url = Untrusted.webUrl(v, "url");
            return url == null ? null : new Video(text(v, "title", 500), optionalText(v, "description", 5000), url);
        }).stream().filter(Objects::nonNull).toList();
        List<String> occupations = list(body, "occupations", o -> identifierItem(o, "occupations", IdentifierFormat.SOC));
        List<String> programs = list(body, "programs", p -> identifierItem(p, "programs", IdentifierFormat.CIP));
        JsonNode seo = body.path("seo");
        return new Article(slug(body, "slug"), text(body, "title", 500), optionalText(body, "summary", 5000),
            optionalText(body, "category", 100), sections, citations, figures, occupations, programs, related, videos,
            (int) count(body, "revision"), optionalInstant(body, "publishedAt"), optionalInstant(body, "revisedAt"),
            texts(body, "tags", 100), optionalText(seo, "title", 500), optionalText(seo, "description", 1000));
    }

    private static CareersPage careersPage(JsonNode body) {
        List<CareerSummary> items = list(body, "items", i -> new CareerSummary(slug(i, "slug"), text(i, "title", 500),
            optionalText(i, "summary", 5000), optionalText(i, "category", 100), optionalInstant(i, "publishedAt"),
            Optional.ofNullable(optionalText(i, "snippet", 5000)).map(SafeHtml::snippet).orElse(null)));
        return new CareersPage(optionalText(body, "query", SearchQuery.MAX_LENGTH), items, (int) count(body, "page"),
            (int) count(body, "size"), count(body, "totalItems"), count(body, "totalPages"));
    }

    /** @return whether calls go through normally (circuit closed); callers need not wait on a trial call */
    public boolean healthy() {
        return backend.healthy();
    }
}
