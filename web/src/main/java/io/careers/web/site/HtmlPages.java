package io.careers.web.site;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.views.jte.HtmlJteViewsRenderer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Renders a template (src/main/jte, compiled by the build) to HTML before the response starts.
 * Rendered while the response streams, a template that fails halfway would leave the browser
 * waiting on a connection that never ends; rendered first, it is an ordinary 500.
 */
@Singleton
public record HtmlPages(HtmlJteViewsRenderer<Map<String, Object>> renderer) {
    private static final MediaType HTML = MediaType.of("text/html;charset=utf-8");


    /**
     * @param status   the response's status
     * @param template a template's name, e.g. {@code career}
     * @param model    its parameters by name
     * @return the page
     */
    public MutableHttpResponse<String> render(HttpStatus status, String template, Map<String, Object> model) {
        StringWriter html = new StringWriter(16_384);
        try {
            renderer.render(template, model, null).writeTo(html);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HttpResponse.<String>status(status).contentType(HTML).body(html.toString());
    }

    /** @return a 404 with the "page not found" page */
    public MutableHttpResponse<String> notFound() {
        return render(HttpStatus.NOT_FOUND, "not-found", Map.of());
    }

    /** @return a 503 with a page that asks the visitor to come back in a moment, and {@code Retry-After} */
    public MutableHttpResponse<String> unavailable() {
        return render(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", Map.of()).header("Retry-After", "5");
    }
}
