package io.careers.web.gateway;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.annotation.ClientFilter;
import io.micronaut.http.annotation.RequestFilter;

/**
 * Sends the site's trusted-client key ({@code X-Client-Key}) with every call to the gateway, so the
 * gateway limits the site per key (500/s) rather than per address (20/s): the site calls for all
 * its visitors from one address. Without {@code web.gateway.client-key} no header is sent.
 */
@ClientFilter(serviceId = "gateway")
@Requires(property = "web.gateway.client-key", pattern = ".+")
final class ClientKeyFilter {
    static final String HEADER = "X-Client-Key";

    private final String key;

    ClientKeyFilter(WebSettings settings) {
        this.key = settings.clientKey();
    }

    @RequestFilter
    void addKey(MutableHttpRequest<?> request) {
        request.header(HEADER, key);
    }
}
