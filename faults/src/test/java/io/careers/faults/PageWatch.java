package io.careers.faults;

import io.careers.e2e.Web;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/** A page asked for again and again from one gateway while faults happen, counting what came back. */
final class PageWatch implements Runnable {
    /** Ten a second: within the gateway's per-client rate limit (20 a second), as a reader's browser would ask. */
    private static final Duration PACE = Duration.ofMillis(100);

    private final Web web = new Web();
    private final String url;
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final AtomicInteger total = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicInteger degraded = new AtomicInteger();

    /** @param url the page */
    PageWatch(String url) {
        this.url = url;
    }

    @Override
    public void run() {
        while (!stopped.get()) {
            pause();
            Web.Answer answer = web.get(url);
            total.incrementAndGet();
            if (answer.status() != 200) {
                failed.incrementAndGet();
            } else if (!answer.body().path("meta").path("degraded").isEmpty()) {
                degraded.incrementAndGet();
            }
        }
    }

    void stop() {
        stopped.set(true);
    }

    /** @return pages asked for */
    int total() {
        return total.get();
    }

    /** @return pages not answered 200 */
    int failed() {
        return failed.get();
    }

    /** @return pages answered 200 with a section listed in {@code meta.degraded} */
    int degraded() {
        return degraded.get();
    }

    private static void pause() {
        try {
            Thread.sleep(PACE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return total + " pages, " + failed + " not 200, " + degraded + " degraded";
    }
}
