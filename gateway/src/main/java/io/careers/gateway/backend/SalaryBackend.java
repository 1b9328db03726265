package io.careers.gateway.backend;

import com.fasterxml.jackson.databind.JsonNode;
import io.careers.contracts.id.IdentifierFormat;
import io.careers.contracts.page.Occupation;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import reactor.core.publisher.Mono;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static io.careers.gateway.backend.Untrusted.identifier;
import static io.careers.gateway.backend.Untrusted.list;
import static io.careers.gateway.backend.Untrusted.optionalCount;
import static io.careers.gateway.backend.Untrusted.optionalNumber;
import static io.careers.gateway.backend.Untrusted.text;

/** salary-service: current national figures of several occupations in one call. */
@Singleton
public class SalaryBackend {
    private static final Set<String> FOOTNOTES = Set.of("TOP_CODED", "NOT_RELEASED", "HOURLY_ONLY", "ANNUAL_ONLY");

    private final JsonBackend backend;

    SalaryBackend(@Client(id = "salary") HttpClient client, @Named("salary") BackendPolicy policy) {
        this.backend = new JsonBackend(client, policy);
    }

    /**
     * @param codes    SOC codes (validated by the caller)
     * @param deadline shorter limit than the backend's timeout, or null
     * @return the figures of the occupations salary-service knows, in the order asked
     */
    public Mono<List<Occupation>> occupations(List<String> codes, @Nullable Duration deadline) {
        return occupations(codes, null, deadline);
    }

    /**
     * @param codes    SOC codes (validated by the caller)
     * @param release  a release whose figures to have instead of the current ones, where it has the
     *                 occupation (validated by the caller), or null for the current figures
     * @param deadline shorter limit than the backend's timeout, or null
     * @return the figures of the occupations salary-service knows, in the order asked
     */
    public Mono<List<Occupation>> occupations(List<String> codes, @Nullable String release, @Nullable Duration deadline) {
        String query = "/api/v1/occupations?codes=" + String.join(",", codes)
            + (release == null ? "" : "&release=" + URLEncoder.encode(release, StandardCharsets.UTF_8));
        return backend.get(query, deadline)
            .map(body -> list(body.orElseThrow(() -> new MalformedResponseException("the occupations call answered 404")),
                "occupations", SalaryBackend::occupation));
    }

    static Occupation occupation(JsonNode o) {
        String code = identifier(o, "code", IdentifierFormat.SOC);
        JsonNode current = o.get("current");
        JsonNode projection = o.get("projection");
        boolean hasCurrent = current != null && !current.isNull();
        return new Occupation(code, text(o, "title", 500),
            hasCurrent ? text(current, "releaseId", 100) : null,
            hasCurrent ? identifier(current, "referencePeriod", IdentifierFormat.REFERENCE_PERIOD) : null,
            hasCurrent ? optionalCount(current, "employment") : null,
            wages(hasCurrent ? current.get("annual") : null),
            wages(hasCurrent ? current.get("hourly") : null),
            hasCurrent ? footnotes(current.get("footnotes")) : Map.of(),
            projection == null || projection.isNull() ? null : new Occupation.Projection(text(projection, "period", 20),
                optionalNumber(projection, "percentChange"), optionalCount(projection, "annualOpenings")));
    }

    private static Occupation.Wages wages(@Nullable JsonNode w) {
        if (w == null || w.isNull()) {
            return new Occupation.Wages(null, null, null, null, null, null);
        }
        Untrusted.object(w, "wages");
        return new Occupation.Wages(optionalNumber(w, "mean"), optionalNumber(w, "p10"), optionalNumber(w, "p25"),
            optionalNumber(w, "median"), optionalNumber(w, "p75"), optionalNumber(w, "p90"));
    }

    private static Map<String, String> footnotes(@Nullable JsonNode node) {
        if (node == null || node.isNull()) {
            return Map.of();
        }
        Untrusted.object(node, "footnotes");
        Map<String, String> footnotes = new TreeMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String value = field.getValue().asText();
            if (field.getKey().length() > 40 || !FOOTNOTES.contains(value)) {
                throw new MalformedResponseException("footnotes: unknown footnote " + field.getKey() + "=" + value);
            }
            footnotes.put(field.getKey(), value);
        }
        return footnotes;
    }


    /** @return whether calls go through normally (circuit closed); callers need not wait on a trial call */
    public boolean healthy() {
        return backend.healthy();
    }
}
