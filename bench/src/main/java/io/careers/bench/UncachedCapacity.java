package io.careers.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The gateway's uncached capacity, machine-independently: at rising rates, each backend alone and
 * then the gateway composing uncached pages from them, side by side. The backends alone sustain a
 * rate while their p99 stays under {@code ceilingMillis}; the gateway keeps up with a rate while its
 * p99 stays within the slowest backend's p99 at that rate + 10 ms. The answer is the highest rate
 * the gateway keeps up with as a share of the highest the backends sustain, in the same run.
 * Above its capacity it should shed (503) within its deadline rather than queue: the rows show p99
 * and the 503s at every rate.
 *
 * <p>Arguments: gateway URL template ({@code %d}: one of 1,000 slugs), the three backends' URL
 * templates, seconds per measurement, p99 ceiling of a sustained backend rate in ms, then the rates.
 */
public final class UncachedCapacity {
    /** Pages asked for in turn: the stand-ins answer any slug. */
    private static final int SLUGS = 1000;

    private UncachedCapacity() {
    }

    public static void main(String[] args) throws Exception {
        String gateway = args[0];
        List<String> backends = List.of(args[1], args[2], args[3]);
        Duration each = Duration.ofSeconds(Integer.parseInt(args[4]));
        double ceiling = Double.parseDouble(args[5]);
        List<Integer> rates = new ArrayList<>();
        for (int i = 6; i < args.length; i++) {
            rates.add(Integer.parseInt(args[i]));
        }
        // Warm-up in steps: a cold JIT at the full rate builds a backlog an open-loop load never drains.
        for (int step = 1; step <= 4; step++) {
            OpenLoopLoad.run(rates.get(0) * step / 2, Duration.ofSeconds(5), i -> GatewayLatency.uri(gateway, i, SLUGS));
        }
        System.out.println("| rate | slowest backend p99 | gateway p50 | gateway p99 | 503 shed | other errors | keeps up |");
        System.out.println("|---|---|---|---|---|---|---|");
        int backendsSustain = 0;
        int gatewayKeepsUp = 0;
        for (int rate : rates) {
            double slowest = 0;
            long backendErrors = 0;
            for (String backend : backends) {
                OpenLoopLoad.Result alone = OpenLoopLoad.run(rate, each, i -> GatewayLatency.uri(backend, i, SLUGS));
                slowest = Math.max(slowest, alone.percentileMillis(99));
                backendErrors += alone.errors();
            }
            if (backendErrors == 0 && slowest <= ceiling) {
                backendsSustain = rate;
            }
            OpenLoopLoad.Result page = OpenLoopLoad.run(rate, each, i -> GatewayLatency.uri(gateway, i, SLUGS));
            boolean keepsUp = page.errors() == 0 && page.percentileMillis(99) <= slowest + 10;
            if (keepsUp) {
                gatewayKeepsUp = rate;
            }
            System.out.printf(Locale.ROOT, "| %,d/s | %.1f ms | %.1f ms | %.1f ms | %d | %d | %s |%n", rate, slowest,
                page.percentileMillis(50), page.percentileMillis(99), page.unavailable(), page.errors() - page.unavailable(),
                keepsUp ? "yes" : "no");
        }
        System.out.printf(Locale.ROOT, "%nbackends alone sustain %,d/s (p99 <= %.0f ms); the gateway keeps up to %,d/s: %.0f%%%n",
            backendsSustain, ceiling, gatewayKeepsUp, backendsSustain == 0 ? 0.0 : 100.0 * gatewayKeepsUp / backendsSustain);
    }
}
