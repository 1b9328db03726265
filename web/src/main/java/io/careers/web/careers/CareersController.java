package io.careers.web.careers;

import io.careers.contracts.http.SearchQuery;
import io.careers.contracts.page.CareersPage;
import io.careers.web.gateway.GatewayPages;
import io.careers.web.site.HtmlPages;
import io.careers.web.site.Pager;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /careers?q=medical+records&page=N}: the careers index, newest first, or search results,
 * best match first, with the passage that matched.
 */
@Controller("/careers")
@ExecuteOn(TaskExecutors.BLOCKING)
record CareersController(GatewayPages gateway, HtmlPages pages) {
    @Get
    HttpResponse<?> index(@QueryValue(defaultValue = "") String q, @QueryValue(defaultValue = "1") String page) {
        int number = Pager.number(page);
        if (number < 1) {
            return pages.notFound();
        }
        String query = q.strip();
        // Longer queries are cut to what the gateway accepts, instead of a 422 for the visitor.
        if (query.length() > SearchQuery.MAX_LENGTH) {
            query = query.substring(0, SearchQuery.MAX_LENGTH);
        }
        String searched = query.isEmpty() ? null : query;
        Optional<CareersPage> found = gateway.careers(searched, number);
        if (found.isEmpty()) {
            return pages.notFound();
        }
        CareersPage careers = found.get();
        Pager pager = Pager.of(careers.page(), careers.totalPages(), n -> href(searched, n));
        return pages.render(HttpStatus.OK, "careers",
            Map.of("view", new CareersView(careers, searched == null ? "" : searched, pager)));
    }

    static String href(@Nullable String query, int page) {
        UriBuilder uri = UriBuilder.of("/careers");
        if (query != null) {
            uri.queryParam("q", query);
        }
        return uri.queryParam("page", page).toString();
    }
}
