package io.careers.gateway.page;

import io.careers.contracts.page.CareerPage;
import io.careers.contracts.page.CareerPage.ArticlePart;
import io.careers.contracts.page.Occupation;
import io.careers.contracts.page.SectionStatus;
import io.careers.gateway.backend.ArticlesBackend;
import io.careers.gateway.backend.BackendUnavailableException;
import io.careers.gateway.cache.GatewayCaches;
import io.careers.gateway.cache.SectionCache;
import io.careers.gateway.payload.Article;
import jakarta.inject.Singleton;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

/**
 * Composes a career page: the article by slug, then salary and schools in parallel. Non-blocking
 * throughout; the whole request has {@code gateway.deadline}, each backend call its
 * own timeout within it.
 */
@Singleton
record PageComposer(GatewayCaches caches, ArticlesBackend articles, Sections sections, GatewaySettings settings,
                    SiteSettings site) {
    Mono<PageOutcome> page(String slug, SchoolsFilter filter) {
        Deadline left = new Deadline(settings.deadline());
        return article(slug, left).flatMap(hit -> {
            Optional<Article> found = hit.value();
            if (found.isEmpty()) {
                return Mono.just((PageOutcome) new PageOutcome.NotFound());
            }
            Article article = found.get();
            return Mono.zip(sections.salary(article, left), sections.schools(article.programs(), filter, left))
                .map(parts -> {
                    List<String> degraded = new ArrayList<>();
                    if (hit.stale()) {
                        degraded.add("article");
                    }
                    if (parts.getT1().status() != SectionStatus.OK) {
                        degraded.add("salary");
                    }
                    if (parts.getT2().status() != SectionStatus.OK) {
                        degraded.add("schools");
                    }
                    CareerPage page = new CareerPage(article.slug(), part(article), parts.getT1(), parts.getT2(),
                        article.relatedArticles(), article.videos(), seo(article, parts.getT1().occupations()),
                        new CareerPage.Meta(Instant.now(), degraded));
                    return new PageOutcome.Composed(page, degraded.isEmpty());
                });
        }).onErrorResume(BackendUnavailableException.class, e -> Mono.just(new PageOutcome.ArticleUnavailable()));
    }

    /** The schools section alone, for "Next »". */
    Mono<PageOutcome> schools(String slug, SchoolsFilter filter) {
        Deadline left = new Deadline(settings.deadline());
        return article(slug, left).flatMap(hit -> hit.value().isEmpty()
                ? Mono.just((PageOutcome) new PageOutcome.NotFound())
                : sections.schools(hit.value().get().programs(), filter, left).map(PageOutcome.SchoolsOnly::new))
            .onErrorResume(BackendUnavailableException.class, e -> Mono.just(new PageOutcome.ArticleUnavailable()));
    }

    private Mono<SectionCache.Hit<Optional<Article>>> article(String slug, Deadline left) {
        return caches.articles().get(slug, () -> articles.bySlug(slug, left.remaining()), left.waitFor(articles.healthy()))
            .onErrorMap(TimeoutException.class,
                e -> new BackendUnavailableException("articles", "no answer before the deadline", e));
    }

    private static ArticlePart part(Article a) {
        return new ArticlePart(a.title(), a.summary(), a.category(), a.sections(), a.citations(), a.figures(), a.revision(),
            a.publishedAt(),
            a.revisedAt(), a.tags());
    }

    private CareerPage.Seo seo(Article a, List<Occupation> occupations) {
        return new CareerPage.Seo(a.seoTitle() != null ? a.seoTitle() : a.title(),
            a.seoDescription() != null ? a.seoDescription() : a.summary(), SiteSettings.careerPath(a.slug()),
            StructuredData.of(a, occupations, site.careerUrl(a.slug())));
    }
}
