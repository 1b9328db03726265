package io.careers.gateway.page;

import java.time.Duration;

/** The time left for one page request, started when the request arrived. */
final class Deadline {
    private static final Duration AT_LEAST = Duration.ofMillis(1);
    private static final Duration NOT_WAITING = Duration.ofMillis(5);
    private final long endNanos;

    Deadline(Duration total) {
        this.endNanos = System.nanoTime() + total.toNanos();
    }

    /**
     * How long to wait for a section. While its backend's circuit is not closed, a call in flight
     * is a trial that may well hang until its timeout: serve the stale copy (or nothing) at once,
     * and let the trial refill the cache in the background if it succeeds.
     */
    Duration waitFor(boolean backendHealthy) {
        return backendHealthy ? remaining() : NOT_WAITING;
    }

    Duration remaining() {
        long left = endNanos - System.nanoTime();
        return left <= 0 ? AT_LEAST : Duration.ofNanos(left);
    }
}
