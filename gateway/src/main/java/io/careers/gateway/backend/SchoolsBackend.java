package io.careers.gateway.backend;

import com.fasterxml.jackson.databind.JsonNode;
import io.careers.contracts.id.IdentifierFormat;
import io.careers.contracts.page.School;
import io.careers.contracts.schools.Credential;
import io.careers.contracts.schools.Delivery;
import io.careers.gateway.payload.SchoolsResult;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.uri.UriBuilder;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.List;

import static io.careers.gateway.backend.Untrusted.bool;
import static io.careers.gateway.backend.Untrusted.count;
import static io.careers.gateway.backend.Untrusted.enumName;
import static io.careers.gateway.backend.Untrusted.identifier;
import static io.careers.gateway.backend.Untrusted.list;
import static io.careers.gateway.backend.Untrusted.object;
import static io.careers.gateway.backend.Untrusted.optionalText;
import static io.careers.gateway.backend.Untrusted.text;

/** schools-service: the ranked Popular Schools listing. */
@Singleton
public class SchoolsBackend {

    private final JsonBackend backend;

    SchoolsBackend(@Client(id = "schools") HttpClient client, @Named("schools") BackendPolicy policy) {
        this.backend = new JsonBackend(client, policy);
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
        return backend.get(uri.toString(), deadline).map(body -> result(body.orElseThrow(
            () -> new MalformedResponseException("the schools call answered 404"))));
    }

    static SchoolsResult result(JsonNode body) {
        List<School> items = list(body, "items", SchoolsBackend::school);
        return new SchoolsResult(items, (int) count(body, "page"), (int) count(body, "size"), count(body, "totalItems"),
            count(body, "totalPages"));
    }

    private static School school(JsonNode item) {
        JsonNode institution = object(item.get("institution"), "institution");
        JsonNode program = object(item.get("program"), "program");
        boolean sponsored = bool(item, "sponsored");
        String disclosure = optionalText(item, "disclosure", 200);
        if (sponsored && (disclosure == null || disclosure.isBlank())) {
            // A paid placement is never shown without its disclosure.
            throw new MalformedResponseException("disclosure: a sponsored entry must carry its disclosure");
        }
        return new School(text(item, "listingId", 100),
            new School.Institution(text(institution, "name", 300), text(institution, "city", 200),
                identifier(institution, "state", IdentifierFormat.STATE_CODE)),
            new School.Program(text(program, "title", 300), identifier(program, "cipCode", IdentifierFormat.CIP),
                enumName(program, "credential", Credential.class), enumName(program, "delivery", Delivery.class)),
            sponsored, sponsored ? disclosure : null);
    }

    /** @return whether calls go through normally (circuit closed); callers need not wait on a trial call */
    public boolean healthy() {
        return backend.healthy();
    }
}
