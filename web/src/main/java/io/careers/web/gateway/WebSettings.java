package io.careers.web.gateway;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * How the site reads the gateway ({@code web.gateway.*} in application.yml).
 *
 * @param clientKey the trusted-client key the gateway knows by its SHA-256 digest
 *                  ({@code WEB_GATEWAY_CLIENT_KEY}), or null to be limited per address
 */
@ConfigurationProperties("web.gateway")
public record WebSettings(@Nullable String clientKey) {
}
