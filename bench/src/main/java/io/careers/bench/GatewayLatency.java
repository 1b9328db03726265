package io.careers.bench;

import java.net.URI;
import java.time.Duration;

/**
 * Open-loop load at a fixed rate on one URL pattern, printing a result row. Arguments: label,
 * URL template ({@code %d} is replaced by the request number modulo the variants), variants,
 * rate, seconds.
 */
public final class GatewayLatency {
    private GatewayLatency() {
    }

    public static void main(String[] args) throws Exception {
        String label = args[0];
        String template = args[1];
        int variants = Integer.parseInt(args[2]);
        int rate = Integer.parseInt(args[3]);
        int seconds = Integer.parseInt(args[4]);
        // Warm-up in steps: a cold JIT at the full rate builds a backlog an open-loop load never drains.
        for (int step = 1; step <= 3; step++) {
            OpenLoopLoad.run(Math.max(1, rate * step / 4), Duration.ofSeconds(5), i -> uri(template, i, variants));
        }
        OpenLoopLoad.Result result = OpenLoopLoad.run(rate, Duration.ofSeconds(seconds), i -> uri(template, i, variants));
        System.out.println(result.row(label));
    }

    /** @return request number {@code i}: the template with {@code %d} replaced by i modulo the variants */
    static URI uri(String template, int i, int variants) {
        return URI.create(template.contains("%d") ? String.format(template, i % variants) : template);
    }
}
