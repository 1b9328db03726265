package io.careers.gateway;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

/** gateway: composes career page payloads from the three services for web front ends, in one call. */
@OpenAPIDefinition(info = @Info(title = "gateway", version = "1",
    description = "Career pages, the careers index and interactions, for web front ends"))
public final class GatewayApplication {
    private GatewayApplication() {
    }

    /** @param args command-line arguments */
    public static void main(String[] args) {
        Micronaut.run(GatewayApplication.class, args);
    }
}
