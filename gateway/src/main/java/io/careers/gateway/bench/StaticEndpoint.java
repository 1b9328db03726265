package io.careers.gateway.bench;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.swagger.v3.oas.annotations.Hidden;

import java.nio.charset.StandardCharsets;

/**
 * A trivial static JSON answer on the gateway's own server: the upper limit the page benchmarks
 * are compared with (docs/benchmarks.md). Off unless {@code gateway.bench.static-endpoint=true}.
 */
@Controller("/bench/static")
@Requires(property = "gateway.bench.static-endpoint", value = "true")
@Hidden
class StaticEndpoint {
    private static final byte[] BODY = "{\"status\":\"OK\"}".getBytes(StandardCharsets.UTF_8);

    @Get
    HttpResponse<byte[]> get() {
        return HttpResponse.ok(BODY).contentType(MediaType.APPLICATION_JSON_TYPE);
    }
}
