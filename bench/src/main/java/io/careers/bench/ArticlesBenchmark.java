package io.careers.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.careers.contracts.ContractJson;
import io.careers.contracts.Topics;
import io.careers.contracts.auth.AccessTokens;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Rendered reads of articles-service: publishes the figures of 50 occupations as salary-service
 * would, creates and publishes articles of six sections with eight figure tokens each through the
 * editorial API, then reads them by slug at a fixed rate.
 * Arguments: articles URL, JWT secret, Kafka bootstrap servers, articles, rate, seconds.
 */
public final class ArticlesBenchmark {
    private static final int OCCUPATIONS = 50;

    private ArticlesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String articles = args[0];
        String token = AccessTokens.issue(args[1], "bench-editor", List.of("EDITOR"), Duration.ofHours(1));
        String kafka = args[2];
        int count = Integer.parseInt(args[3]);
        int rate = Integer.parseInt(args[4]);
        int seconds = Integer.parseInt(args[5]);
        HttpClient http = HttpClient.newHttpClient();

        publishFigures(kafka);
        awaitFigures(http, articles, token);
        List<String> slugs = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < count; i++) {
            JsonNode created = send(http, HttpRequest.newBuilder(URI.create(articles + "/api/v1/articles"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(article(i))).build(), 201);
            send(http, HttpRequest.newBuilder(URI.create(articles + "/api/v1/articles/" + created.get("id").asText() + "/publish"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), 200);
            slugs.add(created.get("slug").asText());
        }
        double setup = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "created and published %d articles (6 sections, 8 figure tokens each) in %.1f s%n",
            count, setup);

        // Warm-up at half the rate, so the JIT has compiled the read path before anything is measured.
        OpenLoopLoad.run(Math.max(1, rate / 2), Duration.ofSeconds(10), i -> bySlug(articles, slugs, i));
        OpenLoopLoad.Result result = OpenLoopLoad.run(rate, Duration.ofSeconds(seconds), i -> bySlug(articles, slugs, i));
        System.out.println();
        System.out.println(OpenLoopLoad.Result.header());
        System.out.println(result.row("GET /api/v1/articles/by-slug/{slug}, rendered (" + count + " articles)"));
    }

    private static URI bySlug(String articles, List<String> slugs, int i) {
        return URI.create(articles + "/api/v1/articles/by-slug/" + slugs.get(i % slugs.size()));
    }

    private static String soc(int i) {
        return String.format(Locale.ROOT, "29-%04d", 2000 + i);
    }

    private static void publishFigures(String kafka) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka, ProducerConfig.ACKS_CONFIG, "all"),
            new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < OCCUPATIONS; i++) {
                producer.send(new ProducerRecord<>(Topics.OCCUPATION_STATS, soc(i), stats(soc(i), 30_000 + i * 1_000))).get();
            }
        }
    }

    private static String stats(String code, int median) {
        String current = """
            {"releaseId": "OEWS-2024-05", "referencePeriod": "2024-05", "employment": %d,
             "hourly": {"mean": %.2f, "p10": null, "p25": null, "median": %.2f, "p75": null, "p90": null},
             "annual": {"mean": %d, "p10": %d, "p25": null, "median": %d, "p75": null, "p90": null}, "footnotes": {"annual.p90": "TOP_CODED"}}
            """.formatted(150_000 + median, median * 1.1 / 2080, median / 2080.0, (int) (median * 1.1), median * 6 / 10, median);
        return """
            {"eventId": "%s", "eventType": "OccupationStatsChanged", "occurredAt": "%s", "schemaVersion": 1,
             "occupation": {"code": "%s", "title": "Benchmark occupation %s", "socVersion": "2018"},
             "current": %s, "history": [%s],
             "projection": {"period": "2024-2034", "baseYear": 2024, "targetYear": 2034, "baseEmployment": 180000,
                            "projectedEmployment": 190000, "percentChange": 5.6, "annualOpenings": 15000, "typicalEntryEducation": null},
             "lineage": {"predecessors": [], "successors": []}}
            """.formatted(UUID.randomUUID(), Instant.now(), code, code, current, current);
    }

    private static void awaitFigures(HttpClient http, String articles, String token) throws Exception {
        String probe = "{\"title\": \"Probe\", \"sections\": [{\"heading\": \"h\", \"markdown\": \"{{employment:"
            + soc(OCCUPATIONS - 1) + "}}\"}]}";
        for (int attempt = 0; attempt < 120; attempt++) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(articles + "/api/v1/articles"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(probe)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 201) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("articles-service never received the figures");
    }

    private static String article(int i) throws Exception {
        String a = soc(i % OCCUPATIONS);
        String b = soc((i + 7) % OCCUPATIONS);
        String paragraph = "Workers in this field organise and protect records. ".repeat(6);
        List<Map<String, String>> sections = new ArrayList<>();
        sections.add(Map.of("heading", "Career Overview", "markdown", paragraph + "\n\n" + paragraph));
        sections.add(Map.of("heading", "Employment and Salary Information", "markdown",
            "As of {{period:" + a + "}}, the median annual salary was **{{wage:" + a + ":annual.median}}** "
                + "({{wage:" + a + ":hourly.median}}); the top tenth earned {{wage:" + a + ":annual.p90}}. "
                + "There were {{employment:" + a + "}}, and {{projection:" + a + ":percentChange}} growth is expected.\n\n"
                + "A related occupation pays {{wage:" + b + ":annual.median}} for {{employment:" + b + "}}."));
        sections.add(Map.of("heading", "How to Become One", "markdown", "1. Earn a certificate\n2. Pass an exam\n3. "
            + "[Apply](https://www.bls.gov/ooh/)\n\n" + paragraph));
        sections.add(Map.of("heading", "Required Skills", "markdown", "- Detail\n- Discretion\n- *Coding* systems\n\n" + paragraph));
        sections.add(Map.of("heading", "Certifications", "markdown", "RHIT and CCA. " + paragraph));
        sections.add(Map.of("heading", "Outlook", "markdown", paragraph));
        return ContractJson.write(Map.of("title", "Benchmark Career " + i, "category", "benchmark",
            "summary", "A career page for the benchmark.", "occupations", List.of(a, b), "sections", sections));
    }

    private static JsonNode send(HttpClient http, HttpRequest request, int expected) throws Exception {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        return ContractJson.readTree(response.body());
    }
}
