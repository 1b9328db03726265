package io.careers.gateway.protection;

import io.careers.contracts.http.Problem;
import io.careers.contracts.http.TokenBuckets;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.scheduling.annotation.Scheduled;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Rate limiting on the public API: 429 with {@code Retry-After} when a client exceeds its rate.
 * <ul>
 *   <li>A request with {@code X-Client-Key} is a trusted client's (a server-side front end calling for
 *   all its visitors): limited per key at {@code gateway.rate-limit.trusted-per-second}. An unknown key
 *   is 401, not silently counted as an address: a misconfigured front end must learn it at once.</li>
 *   <li>Any other request is limited per address at {@code gateway.rate-limit.per-second} (bursts up to
 *   {@code burst}). The address is the TCP peer, unless {@code gateway.rate-limit.client-address-header}
 *   names a header set by a trusted proxy in front of the gateway (otherwise anyone could claim any
 *   address).</li>
 * </ul>
 */
@ServerFilter("/api/**")
@Requires(property = "gateway.rate-limit.enabled", notEquals = "false")
class RateLimitFilter {
    private final TokenBuckets addresses;
    private final TokenBuckets trustedClients;
    private final TrustedClients trusted;
    private final String clientAddressHeader;

    RateLimitFilter(RateLimitSettings settings) {
        this.addresses = new TokenBuckets(settings.perSecond(), settings.burst());
        this.trustedClients = new TokenBuckets(settings.trustedPerSecond(), settings.trustedBurst());
        this.trusted = new TrustedClients(settings.trustedClientKeys());
        this.clientAddressHeader = settings.clientAddressHeader();
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> limit(HttpRequest<?> request) {
        String key = request.getHeaders().get(TrustedClients.KEY_HEADER);
        if (key == null) {
            return limited(addresses.tryTake(clientOf(request)), "your address", request);
        }
        Optional<String> client = trusted.identify(key);
        if (client.isEmpty()) {
            return problem(HttpStatus.UNAUTHORIZED, "The " + TrustedClients.KEY_HEADER + " header names no trusted "
                + "client. Send no key to be limited per address.", request);
        }
        return limited(trustedClients.tryTake(client.get()), "this client", request);
    }

    @Scheduled(fixedDelay = "1m")
    void forgetIdleClients() {
        addresses.forgetIdle(TimeUnit.MINUTES.toNanos(5));
        trustedClients.forgetIdle(TimeUnit.MINUTES.toNanos(5));
    }

    @Nullable
    private static MutableHttpResponse<?> limited(long waitNanos, String who, HttpRequest<?> request) {
        if (waitNanos == 0) {
            return null;
        }
        long seconds = TokenBuckets.retryAfterSeconds(waitNanos);
        return problem(HttpStatus.TOO_MANY_REQUESTS, "Too many requests from " + who + "; try again in " + seconds
            + " s.", request).header(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
    }

    private static MutableHttpResponse<?> problem(HttpStatus status, String detail, HttpRequest<?> request) {
        Problem problem = new Problem("about:blank", status.getReason(), status.getCode(), detail, request.getPath(),
            List.of());
        return HttpResponse.status(status).body(problem).contentType(Problem.MEDIA_TYPE);
    }

    private String clientOf(HttpRequest<?> request) {
        if (clientAddressHeader != null) {
            String forwarded = request.getHeaders().get(clientAddressHeader);
            if (forwarded != null && !forwarded.isBlank()) {
                // The proxy appends the peer it saw: the last entry is the one it vouches for.
                String[] hops = forwarded.split(",");
                return hops[hops.length - 1].strip();
            }
        }
        InetSocketAddress peer = request.getRemoteAddress();
        return peer.getAddress() == null ? peer.getHostString() : peer.getAddress().getHostAddress();
    }
}
