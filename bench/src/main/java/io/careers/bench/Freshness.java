package io.careers.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.careers.contracts.ContractJson;
import io.careers.contracts.OccupationRef;
import io.careers.contracts.Topics;
import io.careers.contracts.salary.Area;
import io.careers.contracts.salary.AreaType;
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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Freshness: the time from a release becoming CURRENT (its {@code promotedAt} in salary-service) to
 * the gateway's career page showing its figure, in the salary section and in the article text, while
 * the page is read at a steady rate. Publishes one small release after another (the occupation of the
 * sample article, a new period and median each), waiting for each to show. Arguments:
 * {@code kafka salaryUrl pageUrl clientKey soc releases readsPerSecond firstYear}. Prints Markdown rows.
 */
public final class Freshness {
    private Freshness() {
    }

    /** What the reader saw first, for the figure expected now. */
    private record Seen(long expected, AtomicLong salaryAt, AtomicLong textAt) {
    }

    public static void main(String[] args) throws Exception {
        String kafka = args[0];
        String salary = args[1];
        URI page = URI.create(args[2]);
        String clientKey = args[3];
        String soc = args[4];
        int releases = Integer.parseInt(args[5]);
        int readsPerSecond = Integer.parseInt(args[6]);
        int firstYear = Integer.parseInt(args[7]);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        AtomicReference<Seen> watching = new AtomicReference<>();
        AtomicLong reads = new AtomicLong();
        ScheduledExecutorService reader = Executors.newSingleThreadScheduledExecutor();
        reader.scheduleAtFixedRate(() -> read(http, page, clientKey, soc, watching.get(), reads), 0,
            1_000_000 / readsPerSecond, TimeUnit.MICROSECONDS);
        List<Long> salaryMillis = new ArrayList<>();
        List<Long> textMillis = new ArrayList<>();
        List<Long> fromObserved = new ArrayList<>();
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka,
            ProducerConfig.ACKS_CONFIG, "all"), new ByteArraySerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < releases; i++) {
                String period = (firstYear + i) + "-05";
                String releaseId = "OEWS-" + period + "-FRESH-" + System.currentTimeMillis();
                int median = 41_000 + i * 10;
                Seen seen = new Seen(median, new AtomicLong(), new AtomicLong());
                watching.set(seen);
                WageEstimate estimate = SyntheticRelease.estimate(releaseId, period,
                    new OccupationRef(soc, "Medical Records and Health Information Technicians", "2010"),
                    new Area(AreaType.NATIONAL, Area.NATIONAL_CODE, "U.S."), median);
                producer.send(new ProducerRecord<>(Topics.RELEASES, bytes(releaseId),
                    SyntheticRelease.json(ReleaseCompletion.whole(releaseId, period, 1)))).get();
                producer.send(new ProducerRecord<>(Topics.WAGE_ESTIMATES, bytes(estimate.key()), SyntheticRelease.json(estimate))).get();
                long[] promotion = promotion(http, salary, releaseId);
                long promotedAt = promotion[0];
                long deadline = System.currentTimeMillis() + 15_000;
                while ((seen.salaryAt().get() == 0 || seen.textAt().get() == 0) && System.currentTimeMillis() < deadline) {
                    Thread.sleep(5);
                }
                if (seen.salaryAt().get() == 0 || seen.textAt().get() == 0) {
                    throw new IllegalStateException(releaseId + " did not show within 15 s of its promotion");
                }
                salaryMillis.add(seen.salaryAt().get() - promotedAt);
                textMillis.add(seen.textAt().get() - promotedAt);
                fromObserved.add(Math.max(seen.salaryAt().get(), seen.textAt().get()) - promotion[1]);
            }
        } finally {
            reader.shutdownNow();
        }
        List<Long> whole = new ArrayList<>();
        for (int i = 0; i < salaryMillis.size(); i++) {
            whole.add(Math.max(salaryMillis.get(i), textMillis.get(i)));
        }
        System.out.printf(Locale.ROOT, "pages read: %,d at %d/s%n", reads.get(), readsPerSecond);
        row("salary section shows the figure", salaryMillis);
        row("article text shows the figure", textMillis);
        row("the whole page shows it", whole);
        row("the whole page shows it, from CURRENT first seen on salary-service's API", fromObserved);
    }

    private static void read(HttpClient http, URI page, String clientKey, String soc, Seen seen, AtomicLong reads) {
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(page).header("X-Client-Key", clientKey)
                .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
            long at = System.currentTimeMillis();
            reads.incrementAndGet();
            if (seen == null || answer.statusCode() != 200) {
                return;
            }
            JsonNode body = ContractJson.readTree(answer.body());
            for (JsonNode occupation : body.path("salary").path("occupations")) {
                if (soc.equals(occupation.path("code").asText())
                    && occupation.path("annual").path("median").asLong() == seen.expected()) {
                    seen.salaryAt().compareAndSet(0, at);
                }
            }
            String figure = String.format(Locale.US, "$%,d", seen.expected());
            for (JsonNode section : body.path("article").path("sections")) {
                if (section.path("html").asText().contains(figure)) {
                    seen.textAt().compareAndSet(0, at);
                }
            }
        } catch (Exception e) {
            // a failed read is a missed sample; the next one comes 1/rate later
        }
    }

    /**
     * @return the release's {@code promotedAt} (salary-service's clock, the promoting transaction's start:
     *         before the promotion is visible) and when this driver first saw it CURRENT (polling every 5 ms)
     */
    private static long[] promotion(HttpClient http, String salary, String releaseId) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(salary + "/api/v1/releases/" + releaseId))
                .build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 200) {
                JsonNode release = ContractJson.readTree(answer.body());
                if ("CURRENT".equals(release.path("status").asText()) && release.hasNonNull("promotedAt")) {
                    return new long[] {Instant.parse(release.path("promotedAt").asText()).toEpochMilli(), System.currentTimeMillis()};
                }
            }
            Thread.sleep(5);
        }
        throw new IllegalStateException(releaseId + " was not promoted within 60 s");
    }

    private static void row(String what, List<Long> millis) {
        List<Long> sorted = millis.stream().sorted().toList();
        System.out.printf(Locale.ROOT, "| %s | %d releases | p50 %d ms | p99 %d ms | max %d ms |%n", what, sorted.size(),
            percentile(sorted, 50), percentile(sorted, 99), sorted.get(sorted.size() - 1));
    }

    private static long percentile(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
