package io.careers.tools.listing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.careers.contracts.ContractJson;
import io.careers.tools.cli.Http;
import io.careers.tools.cli.Progress;
import io.careers.tools.cli.ToolCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pushes a partner's listings file (JSON lines, one listing document per line) through the
 * partner API in batches. Batches are all-or-nothing on the server, so the tool sets aside the
 * listings a batch rejects, with their line and reason, and sends the rest again.
 */
@Command(name = "feed-listings", mixinStandardHelpOptions = true,
    description = "Sends a listings file (JSON lines) to schools-service's partner API in batches.")
public final class FeedListings extends ToolCommand {
    /** How many times one batch waits for a busy service before the tool gives up. */
    private static final int MAX_WAITS = 30;
    private static final Pattern ITEM_FIELD = Pattern.compile("^\\[(\\d+)]\\.?(.*)$");

    @Parameters(index = "0", description = "the listings file: one JSON listing document per line")
    Path file;
    @Option(names = "--api-key", required = true, defaultValue = "${PARTNER_API_KEY}", description = "the partner's API key (or PARTNER_API_KEY)")
    String apiKey;
    @Option(names = "--url", defaultValue = "${SCHOOLS_URL:-http://localhost:8083}", description = "schools-service (default: ${DEFAULT-VALUE})")
    String url;
    @Option(names = "--batch-size", defaultValue = "500", description = "listings per batch, at most 5000 (default: ${DEFAULT-VALUE})")
    int batchSize;
    @Option(names = "--dry-run", description = "read and check the file's JSON, send nothing")
    boolean dryRun;

    private final Http http = new Http();
    private final Map<Integer, String> rejected = new TreeMap<>();
    private long created;
    private long updated;
    private long unchanged;

    /** A listing and the line it came from. */
    private record Item(int line, JsonNode listing) {
    }

    @Override
    public Integer call() throws Exception {
        if (batchSize < 1 || batchSize > 5000) {
            err().println("--batch-size must be 1 to 5000");
            return 2;
        }
        List<Item> items = read(file);
        out().printf("%s: %,d listings, %,d lines that are not JSON objects%n", file.getFileName(), items.size(), rejected.size());
        if (dryRun) {
            report();
            return rejected.isEmpty() ? 0 : 1;
        }
        Progress progress = new Progress("listings", items.size(), System.err);
        for (int from = 0; from < items.size(); from += batchSize) {
            List<Item> batch = items.subList(from, Math.min(items.size(), from + batchSize));
            send(batch);
            progress.advance(batch.size());
        }
        progress.finish();
        report();
        return rejected.isEmpty() ? 0 : 1;
    }

    private void send(List<Item> batch) throws IOException, InterruptedException {
        if (batch.isEmpty()) {
            return;
        }
        ArrayNode body = ContractJson.newArray();
        batch.forEach(item -> body.add(item.listing()));
        Http.Answer answer = post(ContractJson.write(body));
        switch (answer.status()) {
            case 200, 201 -> {
                created += answer.body().path("created").asLong();
                updated += answer.body().path("updated").asLong();
                unchanged += answer.body().path("unchanged").asLong();
            }
            case 413 -> {
                if (batch.size() == 1) {
                    rejected.put(batch.get(0).line(), "the listing is too large for the partner API");
                    return;
                }
                send(batch.subList(0, batch.size() / 2));
                send(batch.subList(batch.size() / 2, batch.size()));
            }
            case 422 -> {
                List<Item> good = new ArrayList<>();
                Map<Integer, String> reasons = new TreeMap<>();
                for (JsonNode error : answer.body().path("errors")) {
                    Matcher m = ITEM_FIELD.matcher(error.path("field").asText());
                    if (m.matches() && Integer.parseInt(m.group(1)) < batch.size()) {
                        reasons.merge(Integer.parseInt(m.group(1)), m.group(2) + ": " + error.path("message").asText(),
                            (a, b) -> a + "; " + b);
                    }
                }
                if (reasons.isEmpty()) {
                    batch.forEach(item -> rejected.put(item.line(), answer.detail()));
                    return;
                }
                for (int i = 0; i < batch.size(); i++) {
                    if (reasons.containsKey(i)) {
                        rejected.put(batch.get(i).line(), reasons.get(i));
                    } else {
                        good.add(batch.get(i));
                    }
                }
                send(good);
            }
            case 401, 403 -> throw new IllegalStateException("schools-service refused the API key (" + answer.status() + ")");
            default -> throw new IllegalStateException("schools-service answered " + answer.status() + ": " + answer.detail());
        }
    }

    /**
     * Posts a batch. Over the partner's write rate (429) or while the service recovers (503), it waits
     * as {@code Retry-After} asks and posts the same batch again.
     */
    private Http.Answer post(String batch) throws IOException, InterruptedException {
        Http.Answer answer = http.send("POST", url + "/api/v1/partner/listings/batch", batch, Map.of("X-API-Key", apiKey));
        for (int waits = 0; answer.busy() && waits < MAX_WAITS; waits++) {
            Thread.sleep(answer.retryAfter().toMillis());
            answer = http.send("POST", url + "/api/v1/partner/listings/batch", batch, Map.of("X-API-Key", apiKey));
        }
        return answer;
    }

    private List<Item> read(Path path) throws IOException {
        List<Item> items = new ArrayList<>();
        List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            try {
                JsonNode listing = ContractJson.readTree(line);
                if (listing == null || !listing.isObject()) {
                    rejected.put(i + 1, "not a JSON object");
                } else {
                    items.add(new Item(i + 1, listing));
                }
            } catch (IOException e) {
                rejected.put(i + 1, "not valid JSON: " + e.getMessage().split("\n")[0]);
            }
        }
        return items;
    }

    private void report() {
        out().printf("Accepted %,d (created %,d, updated %,d, unchanged %,d); rejected %,d.%n", created + updated + unchanged,
            created, updated, unchanged, rejected.size());
        rejected.entrySet().stream().limit(50).forEach(e -> err().println("  line " + e.getKey() + ": " + e.getValue()));
        if (rejected.size() > 50) {
            err().println("  ... and " + (rejected.size() - 50) + " more");
        }
    }
}
