package io.careers.gateway.sitemap;

import io.careers.gateway.backend.ArticlesBackend;
import io.careers.gateway.cache.GatewayCaches;
import io.careers.gateway.page.GatewaySettings;
import io.careers.gateway.page.HttpCaching;
import io.careers.gateway.page.SiteSettings;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import reactor.core.publisher.Mono;

/** {@code GET /sitemap.xml}: every published career page for search engines, from articles-service through a cache. */
@Controller
@Tag(name = "pages")
record SitemapController(ArticlesBackend articles, GatewayCaches caches, HttpCaching http, GatewaySettings settings,
                         SiteSettings site) {
    @Get(uri = "/sitemap.xml", produces = MediaType.APPLICATION_XML)
    @Operation(summary = "Every published career page on the web site, with its last change (sitemaps.org 0.9)")
    Mono<HttpResponse<?>> sitemap() {
        return caches.sitemap().get("all", articles::locations, settings.deadline())
            .<HttpResponse<?>>map(hit -> HttpResponse.ok(SitemapXml.of(site, hit.value()))
                .contentType(MediaType.APPLICATION_XML_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=300"))
            .onErrorResume(e -> Mono.just(http.problem(HttpStatus.SERVICE_UNAVAILABLE,
                "The sitemap cannot be had right now; try again shortly.", "/sitemap.xml", "no-store")
                .header(HttpHeaders.RETRY_AFTER, "60")));
    }
}
