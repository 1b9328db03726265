package io.careers.gateway.page;

import java.time.Duration;

/** The time left for one page request, started when the request arrived. */
final class Deadline {
    private static final Duration AT_LEAST = Duration.ofMillis(1);
    private final long endNanos;

    Deadline(Duration total) {
        this.endNanos = System.nanoTime() + total.toNanos();
    }

    Duration remaining() {
        long left = endNanos - System.nanoTime();
        return left <= 0 ? AT_LEAST : Duration.ofNanos(left);
    }
}
