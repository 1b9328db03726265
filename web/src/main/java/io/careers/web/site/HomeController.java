package io.careers.web.site;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;

import java.net.URI;

/** {@code GET /}: the careers index is the home page. */
@Controller
final class HomeController {
    @Get
    HttpResponse<?> home() {
        return HttpResponse.seeOther(URI.create("/careers"));
    }
}
