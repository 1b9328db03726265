package io.careers.tools.sample;

import com.fasterxml.jackson.databind.JsonNode;
import io.careers.contracts.ContractJson;
import io.careers.contracts.auth.AccessTokens;
import io.careers.tools.cli.CareersTools;
import io.careers.tools.cli.Http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The sample partners: one per listings file ({@code partners/<partner-id>.jsonl}), created
 * through the admin API, their keys kept in the state directory (a key is shown only once), their
 * campaigns granted ({@code partners/campaigns.json}, before the listings that name them), and
 * their listings sent with the feed tool.
 */
final class SamplePartners {
    private final Http http;
    private final String schoolsUrl;
    private final String adminToken;
    private final Path keysFile;
    private final PrintWriter out;

    SamplePartners(Http http, String schoolsUrl, String jwtSecret, Path state, PrintWriter out) {
        this.http = http;
        this.schoolsUrl = schoolsUrl;
        this.adminToken = AccessTokens.issue(jwtSecret, "sample-data", List.of("ADMIN"), Duration.ofHours(1));
        this.keysFile = state.resolve("partner-keys.properties");
        this.out = out;
    }

    void load(Path directory) throws Exception {
        List<Path> feeds;
        try (Stream<Path> files = Files.list(directory)) {
            feeds = files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList();
        }
        Properties keys = keys();
        JsonNode campaigns = ContractJson.readTree(Files.readString(directory.resolve("campaigns.json")));
        for (Path feed : feeds) {
            String partnerId = feed.getFileName().toString().replace(".jsonl", "");
            String key = keys.getProperty(partnerId);
            if (key == null) {
                key = create(partnerId);
                keys.setProperty(partnerId, key);
                save(keys);
            }
            grantCampaigns(partnerId, campaigns);
            out.println("listings of " + partnerId + " from " + feed);
            int exit = CareersTools.run("feed-listings", feed.toString(), "--api-key", key, "--url", schoolsUrl);
            if (exit != 0) {
                throw new IllegalStateException("feed-listings " + feed + " failed with exit code " + exit);
            }
        }
    }

    /** An admin grants the partner's campaigns; one granted by an earlier load (409) is kept as it is. */
    private void grantCampaigns(String partnerId, JsonNode campaigns) throws Exception {
        for (JsonNode campaign : campaigns) {
            if (!partnerId.equals(campaign.path("partnerId").asText())) {
                continue;
            }
            Http.Answer granted = http.send("POST", schoolsUrl + "/api/v1/admin/campaigns", campaign.toString(),
                Map.of("Authorization", "Bearer " + adminToken));
            if (granted.status() != 201 && granted.status() != 409) {
                throw new IllegalStateException("could not grant campaign " + campaign.path("campaignId").asText() + ": "
                    + granted.status() + " " + granted.detail());
            }
        }
    }

    private String create(String partnerId) throws Exception {
        Map<String, String> auth = Map.of("Authorization", "Bearer " + adminToken);
        String name = partnerId.replace('-', ' ');
        Http.Answer created = http.send("POST", schoolsUrl + "/api/v1/admin/partners",
            ContractJson.write(Map.of("partnerId", partnerId, "name", name)), auth);
        if (created.status() == 409) {
            // The partner exists but its key was not kept here: issue another one for it.
            created = http.send("POST", schoolsUrl + "/api/v1/admin/partners/" + partnerId + "/keys", null, auth);
        }
        if (created.status() != 201) {
            throw new IllegalStateException("could not get a key for partner " + partnerId + ": " + created.status() + " "
                + created.detail());
        }
        return created.body().get("apiKey").asText();
    }

    private Properties keys() throws IOException {
        Properties keys = new Properties();
        if (Files.exists(keysFile)) {
            try (InputStream in = Files.newInputStream(keysFile)) {
                keys.load(in);
            }
        }
        return keys;
    }

    private void save(Properties keys) throws IOException {
        Files.createDirectories(keysFile.getParent());
        try (OutputStream out = Files.newOutputStream(keysFile)) {
            keys.store(out, "API keys of the sample partners (local platform only)");
        }
    }
}
