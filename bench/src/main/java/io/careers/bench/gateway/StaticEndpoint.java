package io.careers.bench.gateway;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;

import java.nio.charset.StandardCharsets;

/**
 * A trivial static JSON answer on the gateway's own server: the upper limit the page benchmarks
 * are compared with (docs/benchmarks.md). It lives in the bench module, so the production gateway
 * never has it: {@code bench/gateway.sh} puts this module's jar on the gateway's class path.
 */
@Controller("/bench/static")
class StaticEndpoint {
    private static final byte[] BODY = "{\"status\":\"OK\"}".getBytes(StandardCharsets.UTF_8);

    @Get
    HttpResponse<byte[]> get() {
        return HttpResponse.ok(BODY).contentType(MediaType.APPLICATION_JSON_TYPE);
    }
}
