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
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One release through a running platform, from the first estimate sent to the release promoted:
 * the ingest rate a data team sees. Arguments: {@code kafka salaryUrl occupations areas period label}.
 * Prints one Markdown table row.
 */
public final class ReleaseIngest {
    private ReleaseIngest() {
    }

    /**
     * @param args see the class comment
     * @throws Exception on any failure: the measurement is then void
     */
    public static void main(String[] args) throws Exception {
        String kafka = args[0];
        String salary = args[1];
        int occupations = Integer.parseInt(args[2]);
        int areas = Integer.parseInt(args[3]);
        String period = args[4];
        String label = args[5];
        String releaseId = "OEWS-" + period + "-SCALE-" + System.currentTimeMillis();
        List<WageEstimate> estimates = SyntheticRelease.estimates(releaseId, period, occupations, areas);
        long start;
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka, ProducerConfig.ACKS_CONFIG, "all",
            ProducerConfig.LINGER_MS_CONFIG, "20", ProducerConfig.BATCH_SIZE_CONFIG, "524288",
            ProducerConfig.BUFFER_MEMORY_CONFIG, "268435456"), new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.RELEASES, bytes(releaseId),
                SyntheticRelease.json(ReleaseCompletion.whole(releaseId, period, estimates.size())))).get();
            start = System.nanoTime();
            for (WageEstimate estimate : estimates) {
                producer.send(new ProducerRecord<>(Topics.WAGE_ESTIMATES, bytes(estimate.key()), SyntheticRelease.json(estimate)));
            }
            producer.flush();
        }
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + 20L * 60 * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(salary + "/api/v1/releases/" + releaseId)).build(),
                HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 200) {
                JsonNode release = ContractJson.readTree(answer.body());
                if (!"PENDING".equals(release.path("status").asText())) {
                    double seconds = (System.nanoTime() - start) / 1e9;
                    if (release.path("received").asLong() != estimates.size()) {
                        throw new IllegalStateException("promoted with " + release.path("received") + " of " + estimates.size());
                    }
                    System.out.printf(Locale.ROOT, "| %s | release of %,d estimates | %,.0f estimates/s (%.1f s to promoted) |%n",
                        label, estimates.size(), estimates.size() / seconds, seconds);
                    return;
                }
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the release was not promoted within 20 minutes");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
