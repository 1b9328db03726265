package io.careers.gateway.page;

import io.careers.contracts.http.Problem;
import io.careers.contracts.page.CareerPage;
import io.careers.contracts.page.School;
import io.careers.gateway.cache.CacheSettings;
import io.careers.gateway.cache.RenderedPage;
import io.careers.gateway.impression.ImpressionTokens;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * HTTP caching of gateway answers: a weak ETag (a hash of the content, without the times it was
 * composed and fetched), 304 for a matching {@code If-None-Match}, and {@code Cache-Control} with
 * {@code max-age} and {@code stale-while-revalidate}. A degraded page is cacheable for one second only.
 *
 * <p>The ETag leaves out {@code meta.generatedAt} and the sections' {@code asOf}: they change on
 * every composition while the page does not, and a hash of them made {@code If-None-Match} miss
 * most of the time. Equal content therefore has an equal ETag, on every gateway instance; it is
 * weak because two answers with it may differ in those times.
 *
 * <p>A career page also carries {@code Last-Modified}: when its article's live revision went live,
 * the date crawlers and the sitemap use. Revalidation is by ETag only; {@code If-Modified-Since} is
 * ignored (RFC 9110 allows it), because figures of a new release and the schools listing change a
 * page without changing that date, and a 304 by date would keep them from a reader.
 */
@Singleton
public class HttpCaching {
    /** IMF-fixdate (RFC 9110, 5.6.7): a two-digit day, unlike {@link DateTimeFormatter#RFC_1123_DATE_TIME}. */
    static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US);
    private static final String PRIVATE_TOKEN = ", private=\"" + ImpressionTokens.HEADER + "\"";

    private final ObjectMapper json;
    private final String whole;
    private final String degraded = "public, max-age=1";
    /**
     * An answer that shows schools carries an impression token of its own ({@link ImpressionTokens}):
     * a shared cache may keep its body but not hand that token to the next reader.
     */
    private final String wholeWithToken;
    private final String degradedWithToken = degraded + PRIVATE_TOKEN;
    private final String notFound;

    HttpCaching(ObjectMapper json, HttpCacheSettings settings, CacheSettings caches) {
        this.json = json;
        this.whole = "public, max-age=" + settings.maxAge().toSeconds() + ", stale-while-revalidate="
            + settings.staleWhileRevalidate().toSeconds();
        this.wholeWithToken = whole + PRIVATE_TOKEN;
        // Shared caches keep a 404 as long as the gateway itself remembers it.
        this.notFound = "public, max-age=" + caches.notFoundTtl().toSeconds();
    }

    /** @return {@code Cache-Control} of a 404 for a page that does not exist */
    public String notFoundCacheControl() {
        return notFound;
    }

    /** @return the page serialised, with its ETag and the time its article last changed */
    public RenderedPage render(CareerPage page) {
        Instant updated = page.article().updatedAt() != null ? page.article().updatedAt() : page.article().publishedAt();
        return render(page, updated, listingIds(page.schools()));
    }

    /** @return the schools section serialised, with its ETag and the listings it shows */
    public RenderedPage render(CareerPage.SchoolsPart schools) {
        return render(schools, null, listingIds(schools));
    }

    /** @return the value serialised, with its ETag */
    public RenderedPage render(Object value) {
        return render(value, null, List.of());
    }

    private static List<String> listingIds(CareerPage.SchoolsPart schools) {
        return schools.items().stream().map(School::listingId).toList();
    }

    private RenderedPage render(Object value, @Nullable Instant lastModified, List<String> listingIds) {
        try {
            byte[] body = json.writeValueAsBytes(value);
            byte[] digest = ContentDigest.of(body);
            return new RenderedPage(body, "W/\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27) + "\"",
                lastModified == null ? null : lastModified.truncatedTo(ChronoUnit.SECONDS), listingIds);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param page        the answer
     * @param ifNoneMatch the request's If-None-Match, or null
     * @param fresh       whether every part of it is fresh (long max-age) or not (one second)
     * @return 200 with the body, or 304
     */
    public MutableHttpResponse<?> respond(RenderedPage page, @Nullable String ifNoneMatch, boolean fresh) {
        MutableHttpResponse<?> response = matches(ifNoneMatch, page.etag())
            ? HttpResponse.notModified()
            : HttpResponse.ok(page.body()).contentType(MediaType.APPLICATION_JSON_TYPE);
        if (page.lastModified() != null) {
            response.header(HttpHeaders.LAST_MODIFIED, HTTP_DATE.format(page.lastModified().atOffset(ZoneOffset.UTC)));
        }
        boolean token = !page.listingIds().isEmpty();
        return response.header(HttpHeaders.ETAG, page.etag()).header(HttpHeaders.CACHE_CONTROL,
            fresh ? (token ? wholeWithToken : whole) : (token ? degradedWithToken : degraded));
    }

    /** @return a problem+json answer that front ends and shared caches may keep briefly (404s) or not at all */
    public MutableHttpResponse<?> problem(HttpStatus status, String detail, String path, String cacheControl) {
        Problem problem = new Problem("about:blank", status.getReason(), status.getCode(), detail, path, List.of());
        return HttpResponse.status(status).body(render(problem).body()).contentType(Problem.MEDIA_TYPE)
            .header(HttpHeaders.CACHE_CONTROL, cacheControl);
    }

    /** If-None-Match compares weakly (RFC 9110, 13.1.2): {@code W/"x"} and {@code "x"} match each other. */
    private static boolean matches(@Nullable String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String opaque = opaqueOf(etag);
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || opaqueOf(tag).equals(opaque)) {
                return true;
            }
        }
        return false;
    }

    private static String opaqueOf(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
