package io.careers.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * A fixed-rate (open-loop) HTTP load: requests start on schedule whatever the server does, and
 * each latency is measured from the request's scheduled start, so a stalled server shows up in the
 * percentiles instead of slowing the load down (no coordinated omission).
 */
final class OpenLoopLoad {
    private OpenLoopLoad() {
    }

    /**
     * @param rate     requests per second
     * @param duration how long to send
     * @param uriOf    the URI of request number i
     * @return latencies and errors
     */
    static Result run(int rate, Duration duration, IntFunction<URI> uriOf) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        int total = (int) (rate * duration.toMillis() / 1000);
        long intervalNanos = 1_000_000_000L / rate;
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicLong errors = new AtomicLong();
        AtomicLong unavailable = new AtomicLong();
        CompletableFuture<?>[] pending = new CompletableFuture<?>[total];
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long scheduled = start + i * intervalNanos;
            long wait = scheduled - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            HttpRequest request = HttpRequest.newBuilder(uriOf.apply(i)).timeout(Duration.ofSeconds(10)).build();
            pending[i] = http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).handle((response, failure) -> {
                latencies.add(System.nanoTime() - scheduled);
                if (failure != null || response.statusCode() >= 400) {
                    errors.incrementAndGet();
                }
                if (failure == null && response.statusCode() == 503) {
                    unavailable.incrementAndGet();
                }
                return null;
            });
        }
        CompletableFuture.allOf(pending).join();
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Result(rate, total, errors.get(), unavailable.get(), sorted, (System.nanoTime() - start) / 1e9);
    }

    /**
     * @param rate     requested rate
     * @param requests requests sent
     * @param errors   failures and 4xx/5xx answers
     * @param unavailable 503 answers among the errors (a gateway shedding load)
     * @param sorted   latencies in nanoseconds, sorted
     * @param seconds  wall time
     */
    record Result(int rate, int requests, long errors, long unavailable, long[] sorted, double seconds) {
        double percentileMillis(double p) {
            if (sorted.length == 0) {
                return Double.NaN;
            }
            int index = Math.min(sorted.length - 1, (int) Math.ceil(p / 100 * sorted.length) - 1);
            return sorted[Math.max(0, index)] / 1e6;
        }

        String row(String what) {
            return String.format(Locale.ROOT, "| %s | %d req/s | %,d | %.1f ms | %.1f ms | %.1f ms | %d |", what, rate,
                requests, percentileMillis(50), percentileMillis(99), sorted.length == 0 ? Double.NaN
                    : sorted[sorted.length - 1] / 1e6, errors);
        }

        static String header() {
            return "| what | rate | requests | p50 | p99 | max | errors |\n|---|---|---|---|---|---|---|";
        }
    }

}
