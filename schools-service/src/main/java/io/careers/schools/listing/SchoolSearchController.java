package io.careers.schools.listing;

import io.careers.contracts.api.schools.SchoolsPage;
import io.careers.contracts.http.FieldError;
import io.careers.contracts.http.PageRequest;
import io.careers.contracts.http.ProblemException;
import io.careers.contracts.http.SearchQuery;
import io.careers.contracts.http.openapi.InvalidQueryAnswer;
import io.careers.contracts.http.openapi.ServiceUnavailableAnswer;
import io.careers.contracts.id.IdentifierFormat;
import io.careers.contracts.schools.Credential;
import io.careers.contracts.schools.Delivery;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The public, ranked, filtered, paginated Popular Schools listing. */
@Controller("/api/v1/schools")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@InvalidQueryAnswer
@ServiceUnavailableAnswer
@Tag(name = "schools")
class SchoolSearchController {
    static final int MAX_SIZE = 50;
    /** Most CIP codes one query may name: each adds branches to the query, and a career page names a few. */
    static final int MAX_CIPS = 10;

    private final SchoolQueries queries;
    private final SchoolsPageCache cache;
    private final Clock clock;

    SchoolSearchController(SchoolQueries queries, SchoolsPageCache cache) {
        this.queries = queries;
        this.cache = cache;
        this.clock = Clock.systemUTC();
    }

    @Get
    @Operation(summary = "Schools offering programs: sponsored placements first, then by popularity, then by name",
        description = "q: words the institution's name or city must start, e.g. 'mohawk' or 'utica'; up to 10 words")
    SchoolsPage search(@Nullable @QueryValue List<String> cip, @Nullable @QueryValue String state,
                       @Nullable @QueryValue String credential, @Nullable @QueryValue String delivery,
                       @Nullable @QueryValue String q,
                       @QueryValue(defaultValue = "1") int page, @QueryValue(defaultValue = "10") int size) {
        List<FieldError> errors = new ArrayList<>();
        SearchQuery words = SearchQuery.check(q, "q", errors);
        List<String> cips = cip == null ? List.of() : cip.stream().flatMap(c -> List.of(c.split(",")).stream())
            .map(String::strip).filter(c -> !c.isEmpty()).distinct().toList();
        cips.forEach(c -> FieldError.check(IdentifierFormat.CIP, "cip", c, errors));
        if (cips.size() > MAX_CIPS) {
            errors.add(new FieldError("cip", "at most " + MAX_CIPS + " CIP codes; was " + cips.size()));
        }
        if (state != null) {
            FieldError.check(IdentifierFormat.STATE_CODE, "state", state, errors);
        }
        Credential credentialValue = parse(Credential.class, "credential", credential, errors);
        Delivery deliveryValue = parse(Delivery.class, "delivery", delivery, errors);
        PageRequest paging = PageRequest.check(page, size, 10, MAX_SIZE, "page", "size", errors);
        if (!errors.isEmpty()) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "Invalid query parameters.", errors);
        }
        SchoolsQuery query = new SchoolsQuery(cips, state, credentialValue, deliveryValue,
            words == null ? null : words.prefixQuery(), paging, LocalDate.now(clock));
        return cache.get(query, () -> queries.search(query));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, @Nullable String value, List<FieldError> errors) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "must be one of " + List.of(type.getEnumConstants()) + "; was '" + value + "'"));
            return null;
        }
    }
}
