package io.careers.web.gateway;

import io.careers.contracts.page.CareerPage;
import io.careers.contracts.page.CareersPage;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.uri.UriBuilder;
import jakarta.inject.Singleton;

import java.net.URI;
import java.util.Optional;

/**
 * The gateway as the site reads it: typed payloads (the page contract in {@code contracts}), never
 * raw JSON. Blocking calls: callers run on the blocking executor, never on the event loop.
 */
@Singleton
public final class GatewayPages {
    private final HttpClient client;

    GatewayPages(@Client(id = "gateway") HttpClient client) {
        this.client = client;
    }

    /**
     * @param slug        a valid slug
     * @param schoolsPage page of Popular Schools, from 1
     * @return the career page, or empty when the gateway knows no published page of that slug
     * @throws GatewayUnavailableException when the gateway cannot answer
     */
    public Optional<CareerPage> careerPage(String slug, int schoolsPage) {
        URI uri = UriBuilder.of("/api/v1/pages/careers").path(slug).queryParam("schoolsPage", schoolsPage).build();
        return get(uri, CareerPage.class);
    }

    /**
     * @param query words to search for, or null for the index (newest first)
     * @param page  page, from 1
     * @return a page of the index or of search results; empty when the gateway refuses the page number
     * @throws GatewayUnavailableException when the gateway cannot answer
     */
    public Optional<CareersPage> careers(@Nullable String query, int page) {
        UriBuilder uri = UriBuilder.of("/api/v1/careers").queryParam("page", page).queryParam("size", 20);
        if (query != null) {
            uri.queryParam("q", query);
        }
        return get(uri.build(), CareersPage.class);
    }

    private <T> Optional<T> get(URI uri, Class<T> type) {
        try {
            return Optional.ofNullable(client.toBlocking().retrieve(HttpRequest.GET(uri), type));
        } catch (HttpClientResponseException e) {
            // 404: no such page; 422: a page number or query the gateway refuses. Neither is an outage.
            if (e.getStatus() == HttpStatus.NOT_FOUND || e.getStatus() == HttpStatus.UNPROCESSABLE_ENTITY) {
                return Optional.empty();
            }
            throw new GatewayUnavailableException("the gateway answered " + e.getStatus().getCode() + " for " + uri, e);
        } catch (HttpClientException e) {
            throw new GatewayUnavailableException("the gateway did not answer " + uri + ": " + e.getMessage(), e);
        }
    }
}
