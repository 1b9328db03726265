package io.careers.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.careers.contracts.ContractJson;
import io.careers.contracts.Topics;
import io.careers.contracts.salary.ReleaseCompletion;
import io.careers.contracts.salary.WageEstimate;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Publishes a full synthetic OEWS release to a running salary-service and measures the sustained
 * ingest rate and the time from the last record to promotion, beside the rate of a plain multi-row
 * upsert of the same rows into the same PostgreSQL, in the same run.
 *
 * <p>Arguments: {@code kafkaBootstrap salaryUrl rawJdbcUrl [occupations] [areas]}.
 */
public final class SalaryIngestBenchmark {
    private static final long POLL_MS = 100;

    private SalaryIngestBenchmark() {
    }

    /**
     * @param args see the class comment
     * @throws Exception on any failure: the benchmark is then void
     */
    public static void main(String[] args) throws Exception {
        String kafka = args[0];
        String salary = args[1];
        String rawJdbc = args[2];
        int occupations = args.length > 3 ? Integer.parseInt(args[3]) : 830;
        int areas = args.length > 4 ? Integer.parseInt(args[4]) : 480;
        String releaseId = "OEWS-2024-05-BENCH-" + System.currentTimeMillis();
        List<WageEstimate> estimates = SyntheticRelease.estimates(releaseId, "2024-05", occupations, areas);
        int n = estimates.size();
        System.out.printf(Locale.ROOT, "release %s: %,d estimates (%d occupations x %d areas)%n", releaseId, n, occupations, areas);

        double raw = RawUpsert.run(rawJdbc, "postgres", "", estimates, 2000);
        System.out.printf(Locale.ROOT, "raw multi-row INSERT ... ON CONFLICT (2,000 rows a statement): %,.0f rows/s%n", raw);

        List<byte[]> keys = new ArrayList<>(n);
        List<byte[]> values = new ArrayList<>(n);
        for (WageEstimate e : estimates) {
            keys.add(e.key().getBytes(StandardCharsets.UTF_8));
            values.add(SyntheticRelease.json(e));
        }
        long bytes = values.stream().mapToLong(v -> v.length).sum();
        System.out.printf(Locale.ROOT, "payload: %,d bytes (%.0f bytes/estimate)%n", bytes, (double) bytes / n);

        HttpClient http = HttpClient.newHttpClient();
        long t0;
        long sent;
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka, ProducerConfig.ACKS_CONFIG, "all",
            ProducerConfig.LINGER_MS_CONFIG, "20", ProducerConfig.BATCH_SIZE_CONFIG, "524288",
            ProducerConfig.BUFFER_MEMORY_CONFIG, "268435456"), new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.RELEASES, releaseId.getBytes(StandardCharsets.UTF_8),
                SyntheticRelease.json(ReleaseCompletion.whole(releaseId, "2024-05", n)))).get();
            t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                producer.send(new ProducerRecord<>(Topics.WAGE_ESTIMATES, keys.get(i), values.get(i)));
            }
            producer.flush();
            sent = System.nanoTime();
        }
        System.out.printf(Locale.ROOT, "published in %.1f s (%,.0f records/s)%n", secs(sent - t0), n / secs(sent - t0));

        List<long[]> timeline = new ArrayList<>();
        long done = 0;
        long promoted = 0;
        long deadline = System.nanoTime() + 30L * 60 * 1_000_000_000L;
        while (promoted == 0 && System.nanoTime() < deadline) {
            JsonNode release = release(http, salary, releaseId);
            long now = System.nanoTime();
            if (release != null) {
                long received = release.get("received").asLong();
                timeline.add(new long[] {now, received});
                if (received == n && done == 0) {
                    done = now;
                }
                if ("CURRENT".equals(release.get("status").asText())) {
                    promoted = now;
                    if (done == 0) {
                        done = now;
                    }
                }
            }
            Thread.sleep(POLL_MS);
        }
        if (promoted == 0) {
            throw new IllegalStateException("the release was not promoted within 30 minutes");
        }
        double sustained = rateBetween(timeline, n / 10, n * 9 / 10);
        double overall = n / secs(done - t0);
        System.out.println();
        System.out.println("| measure | value |");
        System.out.println("|---|---|");
        System.out.printf(Locale.ROOT, "| estimates | %,d |%n", n);
        System.out.printf(Locale.ROOT, "| raw multi-row upsert, same PostgreSQL | %,.0f rows/s |%n", raw);
        System.out.printf(Locale.ROOT, "| service ingest, sustained (10%% to 90%% of the release) | %,.0f estimates/s |%n", sustained);
        System.out.printf(Locale.ROOT, "| service ingest, first send to last estimate stored | %,.0f estimates/s (%.1f s) |%n", overall, secs(done - t0));
        System.out.printf(Locale.ROOT, "| sustained ingest / raw upsert | %.0f%% |%n", 100 * sustained / raw);
        System.out.printf(Locale.ROOT, "| last estimate stored -> release CURRENT (observed, %d ms polling) | %.2f s |%n", POLL_MS, secs(promoted - done));
        System.out.printf(Locale.ROOT, "| last estimate published -> release CURRENT | %.1f s |%n", secs(promoted - sent));
    }

    private static JsonNode release(HttpClient http, String salary, String releaseId) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(salary + "/api/v1/releases")).build(),
            HttpResponse.BodyHandlers.ofString());
        for (JsonNode r : ContractJson.readTree(response.body())) {
            if (releaseId.equals(r.get("releaseId").asText())) {
                return r;
            }
        }
        return null;
    }

    /** Received-count slope between the first samples at or past two marks. */
    private static double rateBetween(List<long[]> timeline, long from, long to) {
        long[] a = timeline.stream().filter(s -> s[1] >= from).findFirst().orElseThrow();
        long[] b = timeline.stream().filter(s -> s[1] >= to).findFirst().orElseThrow();
        return (b[1] - a[1]) / secs(b[0] - a[0]);
    }

    private static double secs(long nanos) {
        return nanos / 1e9;
    }
}
