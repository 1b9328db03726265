package io.careers.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A browser or CDN revalidating a page it holds: it fetches the page once, then asks again with
 * {@code If-None-Match} at a steady pace, alternating between the gateway instances given, while
 * the content does not change. Prints the share answered 304, and every status seen. Arguments:
 * seconds, interval in milliseconds, then one URL per gateway instance.
 */
public final class Revalidations {
    private Revalidations() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = Integer.parseInt(args[0]);
        long interval = Long.parseLong(args[1]);
        List<URI> instances = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            instances.add(URI.create(args[i]));
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpResponse<Void> first = client.send(HttpRequest.newBuilder(instances.get(0)).build(),
            HttpResponse.BodyHandlers.discarding());
        String etag = first.headers().firstValue("ETag").orElseThrow(() -> new IllegalStateException("no ETag"));
        Map<Integer, Integer> statuses = new TreeMap<>();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        int requests = 0;
        while (System.nanoTime() < end) {
            URI uri = instances.get(requests % instances.size());
            HttpResponse<Void> answer = client.send(HttpRequest.newBuilder(uri).header("If-None-Match", etag).build(),
                HttpResponse.BodyHandlers.discarding());
            statuses.merge(answer.statusCode(), 1, Integer::sum);
            requests++;
            Thread.sleep(interval);
        }
        int notModified = statuses.getOrDefault(304, 0);
        System.out.printf("| revalidations over %d s, %d instance(s) | %d | %d (%.1f%%) | %s |%n", seconds,
            instances.size(), requests, notModified, 100.0 * notModified / requests, statuses);
    }
}
