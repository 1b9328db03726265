package io.careers.web.career;

import io.careers.contracts.id.IdentifierFormat;
import io.careers.contracts.page.CareerPage;
import io.careers.web.gateway.GatewayPages;
import io.careers.web.site.HtmlPages;
import io.careers.web.site.Pager;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /careers/{slug}?schoolsPage=N}: a career page as a visitor reads it. An old slug
 * redirects (301) to the current one; an unknown slug is a 404 page.
 */
@Controller("/careers")
@ExecuteOn(TaskExecutors.BLOCKING)
record CareerPageController(GatewayPages gateway, HtmlPages pages, JsonMapper json) {
    @Get("/{slug}")
    HttpResponse<?> page(@PathVariable String slug, @QueryValue(defaultValue = "1") String schoolsPage) {
        int page = Pager.number(schoolsPage);
        if (!IdentifierFormat.SLUG.matches(slug) || page < 1) {
            return pages.notFound();
        }
        Optional<CareerPage> found = gateway.careerPage(slug, page);
        if (found.isEmpty()) {
            return pages.notFound();
        }
        CareerPage career = found.get();
        if (!career.slug().equals(slug)) {
            return HttpResponse.redirect(URI.create(career.seo().canonicalPath()));
        }
        CareerView view = CareerView.of(career, jsonLd(career));
        return pages.render(HttpStatus.OK, "career", Map.of("view", view));
    }

    private String jsonLd(CareerPage page) {
        try {
            return json.writeValueAsString(page.seo().jsonLd());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
