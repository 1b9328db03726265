package io.careers.gateway.protection;

import io.careers.contracts.http.Problem;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.scheduling.annotation.Scheduled;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Rate limiting per client IP on the public API: 429 with {@code Retry-After} when a client
 * exceeds {@code gateway.rate-limit.per-second} (bursts up to {@code burst}). The client is the
 * TCP peer, unless {@code gateway.rate-limit.client-address-header} names a header set by a
 * trusted proxy in front of the gateway (otherwise anyone could claim any address).
 */
@ServerFilter("/api/**")
@Requires(property = "gateway.rate-limit.enabled", notEquals = "false")
class RateLimitFilter {
    private final TokenBuckets buckets;
    private final String clientAddressHeader;

    RateLimitFilter(RateLimitSettings settings) {
        this.buckets = new TokenBuckets(settings.perSecond(), settings.burst());
        this.clientAddressHeader = settings.clientAddressHeader();
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> limit(HttpRequest<?> request) {
        long waitNanos = buckets.tryTake(clientOf(request));
        if (waitNanos == 0) {
            return null;
        }
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(waitNanos + 999_999_999));
        Problem problem = new Problem("about:blank", HttpStatus.TOO_MANY_REQUESTS.getReason(), 429,
            "Too many requests from your address; try again in " + seconds + " s.", request.getPath(), List.of());
        return HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS).body(problem).contentType(Problem.MEDIA_TYPE)
            .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
    }

    @Scheduled(fixedDelay = "1m")
    void forgetIdleClients() {
        buckets.forgetIdle(TimeUnit.MINUTES.toNanos(5));
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
