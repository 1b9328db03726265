package io.careers.contracts.http;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.runtime.ApplicationConfiguration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * {@code GET /openapi.yml} on every service (contracts.md): the OpenAPI document generated at build
 * time, {@code META-INF/swagger/<application name>-1.yml}, also served under {@code /swagger/}. Read
 * once at start-up; a service built without it answers 404.
 */
@Controller
@Requires(classes = HttpServerConfiguration.class)
final class OpenApiDocumentController {
    /** The media type of YAML (RFC 9512). */
    static final String YAML = "application/yaml";

    private final Optional<byte[]> document;

    OpenApiDocumentController(ApplicationConfiguration application, ResourceResolver resources) {
        String name = application.getName().orElse("service");
        this.document = resources.getResourceAsStream("classpath:META-INF/swagger/" + name + "-1.yml").map(in -> {
            try (InputStream stream = in) {
                return stream.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the OpenAPI document of " + name, e);
            }
        });
    }

    @Get(uri = "/openapi.yml", produces = YAML)
    HttpResponse<byte[]> document() {
        return document.map(bytes -> HttpResponse.ok(bytes).contentType(YAML).header(HttpHeaders.CACHE_CONTROL,
                "public, max-age=300"))
            .orElseGet(HttpResponse::notFound);
    }
}
