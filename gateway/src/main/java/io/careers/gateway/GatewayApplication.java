package io.careers.gateway;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeIn;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/** gateway: composes career page payloads from the three services for web front ends, in one call. */
@OpenAPIDefinition(info = @Info(title = "gateway", version = "1",
    description = "Career pages, the careers index and interactions, for web front ends"))
@SecurityScheme(name = "clientKey", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER, paramName = "X-Client-Key",
    description = "Optional: a server-side front end's trusted-client key, limited per key (500/s) instead of per address "
        + "(20/s). An unknown key is 401. Never from a browser.")
public final class GatewayApplication {
    /** @param args command-line arguments */
    public static void main(String[] args) {
        // No banner: with LOG_FORMAT=json, standard output is one JSON object per line.
        Micronaut.build(args).mainClass(GatewayApplication.class).banner(false).start();
    }
}
