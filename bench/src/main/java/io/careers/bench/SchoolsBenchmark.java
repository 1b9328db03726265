package io.careers.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.careers.contracts.ContractJson;
import io.careers.contracts.auth.AccessTokens;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * schools-service: batch ingest of 50,000 listings through the partner API, then the listing
 * query's latency at a fixed 500 requests/s. Arguments:
 * {@code schoolsUrl jwtSecret jdbcUrl [listings] [rate] [seconds]}.
 *
 * <p>Between the two, it runs {@code VACUUM ANALYZE} on the listing tables: what autovacuum does
 * within about a minute of a bulk load (planner statistics, and the visibility map that lets the
 * page totals be counted from the index alone).
 */
public final class SchoolsBenchmark {
    private static final String[] CIPS = {"51.0707", "51.0713", "51.0801", "51.3801", "51.0701", "51.0705", "52.0201",
        "11.0701", "13.1210", "51.0911"};
    private static final String[] STATES = {"NY", "NC", "GA", "TX", "IL", "MD", "AR", "WV", "VA", "CA", "FL", "OH"};
    private static final String[] CREDENTIALS = {"CERTIFICATE", "ASSOCIATE", "BACHELOR", "MASTER"};
    private static final String[] DELIVERIES = {"CAMPUS", "ONLINE", "HYBRID"};

    private SchoolsBenchmark() {
    }

    /**
     * @param args see the class comment
     * @throws Exception on any failure: the benchmark is then void
     */
    public static void main(String[] args) throws Exception {
        String schools = args[0];
        String secret = args[1];
        String jdbc = args[2];
        int listings = args.length > 3 ? Integer.parseInt(args[3]) : 50_000;
        int rate = args.length > 4 ? Integer.parseInt(args[4]) : 500;
        int seconds = args.length > 5 ? Integer.parseInt(args[5]) : 30;
        HttpClient http = HttpClient.newHttpClient();

        String partnerId = "bench-" + System.currentTimeMillis();
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(schools + "/api/v1/admin/partners"))
            .header("Authorization", "Bearer " + AccessTokens.issue(secret, "bench", List.of("ADMIN"), Duration.ofHours(1)))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Bench\",\"partnerId\":\"" + partnerId + "\"}")).build(),
            HttpResponse.BodyHandlers.ofString());
        String key = ContractJson.readTree(created.body()).get("apiKey").asText();
        // Sponsorship comes from campaigns an admin grants: one per priority, named by the sponsored listings.
        for (int priority = 1; priority <= 100; priority++) {
            HttpResponse<String> granted = http.send(HttpRequest.newBuilder(URI.create(schools + "/api/v1/admin/campaigns"))
                .header("Authorization", "Bearer " + AccessTokens.issue(secret, "bench", List.of("ADMIN"), Duration.ofHours(1)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                    {"campaignId": "%s-p%d", "partnerId": "%s",
                     "terms": {"priority": %d, "activeFrom": "2026-01-01", "activeTo": "2030-12-31", "disclosure": "SPONSORED"}}"""
                    .formatted(partnerId, priority, partnerId, priority))).build(), HttpResponse.BodyHandlers.ofString());
            if (granted.statusCode() != 201) {
                throw new IllegalStateException("campaign " + priority + ": " + granted.statusCode() + " " + granted.body());
            }
        }

        int batchSize = 5000;
        long start = System.nanoTime();
        long bytes = 0;
        for (int from = 0; from < listings; from += batchSize) {
            String body = batch(partnerId, from, Math.min(listings, from + batchSize));
            bytes += body.length();
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(schools + "/api/v1/partner/listings/batch"))
                .header("X-API-Key", key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            JsonNode result = ContractJson.readTree(answer.body());
            if (answer.statusCode() != 200 || result.get("created").asInt() != Math.min(batchSize, listings - from)) {
                throw new IllegalStateException("batch at " + from + " failed: " + answer.statusCode() + " " + answer.body());
            }
        }
        double ingestSeconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "| batch ingest through the partner API (%d batches of %,d, %.1f MB) | %,d listings in %.1f s = %,.0f listings/s |%n",
            (listings + batchSize - 1) / batchSize, batchSize, bytes / 1e6, listings, ingestSeconds, listings / ingestSeconds);

        double copy = rawCopy(jdbc, partnerId);
        System.out.printf(Locale.ROOT, "| raw COPY of the same %,d listing rows into a table like listing (same indexes), same "
            + "PostgreSQL | %,.0f rows/s; the API ingest is %.0f%% of it |%n", listings, copy, 100 * listings / ingestSeconds / copy);

        try (Connection c = DriverManager.getConnection(jdbc, "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("VACUUM ANALYZE listing");
            s.execute("VACUUM ANALYZE institution");
        }
        List<String> queries = List.of("?cip=51.0707", "?cip=51.0707&state=NY", "?cip=51.0801&delivery=ONLINE",
            "?cip=51.0707&cip=51.0713&credential=ASSOCIATE", "?cip=51.3801&page=3", "?cip=52.0201&state=TX&size=20");
        OpenLoopLoad.run(100, Duration.ofSeconds(5), i -> URI.create(schools + "/api/v1/schools" + queries.get(i % queries.size())));
        OpenLoopLoad.Result result = OpenLoopLoad.run(rate, Duration.ofSeconds(seconds),
            i -> URI.create(schools + "/api/v1/schools" + queries.get(i % queries.size())));
        System.out.println();
        System.out.println(OpenLoopLoad.Result.header());
        System.out.println(result.row("GET /api/v1/schools (6 query shapes, " + listings + " listings)"));
    }

    /**
     * The limit of the same PostgreSQL for the same rows: the partner's listings as the service
     * stored them, copied out, then timed as one {@code COPY} into a new table with listing's
     * columns, defaults and indexes, which is dropped afterwards.
     *
     * @return rows per second
     */
    private static double rawCopy(String jdbc, String partnerId) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", "");
             Statement s = c.createStatement()) {
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            StringWriter rows = new StringWriter();
            long count = copy.copyOut("COPY (SELECT * FROM listing WHERE partner_id = '" + partnerId + "') TO STDOUT", rows);
            s.execute("DROP TABLE IF EXISTS listing_raw_copy");
            s.execute("CREATE TABLE listing_raw_copy (LIKE listing INCLUDING ALL)");
            long start = System.nanoTime();
            copy.copyIn("COPY listing_raw_copy FROM STDIN", new StringReader(rows.toString()));
            double seconds = (System.nanoTime() - start) / 1e9;
            s.execute("DROP TABLE listing_raw_copy");
            return count / seconds;
        }
    }

    private static String batch(String partnerId, int from, int to) {
        StringJoiner items = new StringJoiner(",", "[", "]");
        for (int i = from; i < to; i++) {
            String sponsorship = (i / 10) % 50 == 0
                ? ", \"sponsorship\": {\"campaignId\": \"" + partnerId + "-p" + (i % 100 + 1) + "\"}" : "";
            items.add("""
                {"externalId": "l-%d", "institution": {"name": "Institution %d", "city": "City %d", "state": "%s",
                 "ownership": "PUBLIC", "website": "https://www.inst%d.edu"},
                 "program": {"title": "Program %d", "cipCode": "%s", "credential": "%s", "delivery": "%s",
                 "accreditations": ["CAHIIM"], "annualTuitionUsd": %d}%s}""".formatted(i, i / 5, i / 5 % 400,
                STATES[i / 5 % STATES.length], i / 5, i, CIPS[i % CIPS.length], CREDENTIALS[i % CREDENTIALS.length],
                DELIVERIES[i % DELIVERIES.length], 3000 + i % 9000, sponsorship));
        }
        return items.toString();
    }
}
