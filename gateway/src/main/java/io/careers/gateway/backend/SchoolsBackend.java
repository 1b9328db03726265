package io.careers.gateway.backend;

import io.careers.contracts.api.schools.SchoolItem;
import io.careers.contracts.api.schools.SchoolsPage;
import io.careers.contracts.page.School;
import io.careers.gateway.payload.SchoolsResult;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.uri.UriBuilder;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import reactor.core.publisher.Mono;

import java.time.Duration;


/** schools-service: the ranked Popular Schools listing. */
@Singleton
public class SchoolsBackend {

    private final JsonBackend backend;

    SchoolsBackend(@Client(id = "schools") HttpClient client, @Named("schools") BackendPolicy policy, BackendAnswers answers) {
        this.backend = new JsonBackend(client, policy, answers);
    }

    /**
     * @param query    CIP codes, filters and page (validated by the caller)
     * @param deadline shorter limit than the backend's timeout, or null
     * @return the ranked page
     */
    public Mono<SchoolsResult> schools(SchoolsQuery query, @Nullable Duration deadline) {
        UriBuilder uri = UriBuilder.of("/api/v1/schools");
        query.cipCodes().forEach(cip -> uri.queryParam("cip", cip));
        if (query.state() != null) {
            uri.queryParam("state", query.state());
        }
        if (query.credential() != null) {
            uri.queryParam("credential", query.credential());
        }
        if (query.delivery() != null) {
            uri.queryParam("delivery", query.delivery());
        }
        if (query.school() != null) {
            uri.queryParam("q", query.school());
        }
        uri.queryParam("page", query.page()).queryParam("size", query.size());
        return backend.require(uri.toString(), SchoolsPage.class, deadline).map(SchoolsBackend::result);
    }

    static SchoolsResult result(SchoolsPage answer) {
        return new SchoolsResult(answer.items().stream().map(SchoolsBackend::school).toList(), answer.page(), answer.size(),
            answer.totalItems(), answer.totalPages());
    }

    private static School school(SchoolItem item) {
        String disclosure = item.disclosure();
        if (item.sponsored() && (disclosure == null || disclosure.isBlank())) {
            // A paid placement is never shown without its disclosure.
            throw new MalformedResponseException("disclosure: a sponsored entry must carry its disclosure");
        }
        return new School(item.listingId(),
            new School.Institution(item.institution().name(), item.institution().city(), item.institution().state()),
            new School.Program(item.program().title(), item.program().cipCode(), item.program().credential().name(),
                item.program().delivery().name()),
            item.sponsored(), item.sponsored() ? disclosure : null);
    }

    /** @return whether calls go through normally (circuit closed); callers need not wait on a trial call */
    public boolean healthy() {
        return backend.healthy();
    }
}
