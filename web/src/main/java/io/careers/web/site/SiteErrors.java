package io.careers.web.site;

import io.careers.web.gateway.GatewayUnavailableException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Errors as pages a visitor can read, not JSON: an unknown address is 404, a gateway outage 503. */
@Controller
record SiteErrors(HtmlPages pages) {
    private static final Logger LOG = LoggerFactory.getLogger(SiteErrors.class);


    @Error(status = HttpStatus.NOT_FOUND, global = true)
    HttpResponse<?> notFound() {
        return pages.notFound();
    }

    @Error(exception = GatewayUnavailableException.class, global = true)
    HttpResponse<?> gatewayUnavailable(HttpRequest<?> request, GatewayUnavailableException e) {
        LOG.warn("{} {}: {}", request.getMethod(), request.getPath(), e.getMessage());
        return pages.unavailable();
    }
}
