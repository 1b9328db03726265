package io.careers.tools.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.careers.contracts.ContractJson;
import io.careers.contracts.auth.AccessTokens;
import io.careers.tools.cli.Http;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sample articles ({@code articles.json}): created as drafts, linked to their related
 * articles by slug, then published, all through the editorial API. An article that exists
 * already (its slug is taken) is found by slug and brought up to date.
 */
final class SampleArticles {
    private final Http http;
    private final String articlesUrl;
    private final Map<String, String> auth;
    private final PrintWriter out;

    SampleArticles(Http http, String articlesUrl, String jwtSecret, PrintWriter out) {
        this.http = http;
        this.articlesUrl = articlesUrl;
        this.auth = Map.of("Authorization", "Bearer " + AccessTokens.issue(jwtSecret, "sample-data", List.of("EDITOR"), Duration.ofHours(1)));
        this.out = out;
    }

    void load(Path file) throws Exception {
        JsonNode documents = ContractJson.readTree(Files.readAllBytes(file));
        Map<String, String> ids = new LinkedHashMap<>();
        for (JsonNode document : documents) {
            ids.put(document.get("slug").asText(), create((ObjectNode) document.deepCopy()));
        }
        for (JsonNode document : documents) {
            String id = ids.get(document.get("slug").asText());
            ArrayNode related = ContractJson.newArray();
            document.path("relatedSlugs").forEach(slug -> related.add(ids.get(slug.asText())));
            publish(id, document, related);
        }
        out.println(ids.size() + " articles published");
    }

    /** @return the article's id: a new draft, or the article that has the slug already */
    private String create(ObjectNode document) throws Exception {
        document.remove("relatedSlugs");
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (true) {
            Http.Answer created = http.send("POST", articlesUrl + "/api/v1/articles", ContractJson.write(document), auth);
            if (created.status() == 201) {
                return created.body().get("id").asText();
            }
            if (created.status() == 409) {
                Http.Answer existing = http.send("GET", articlesUrl + "/api/v1/articles/by-slug/" + document.get("slug").asText(),
                    null, Map.of());
                if (existing.status() == 200) {
                    return existing.body().get("id").asText();
                }
                throw new IllegalStateException("the slug " + document.get("slug").asText()
                    + " is taken by an article that is not published; publish or rename it, then load again");
            }
            // Figures arrive on salary.occupation-stats.v1 shortly after a promotion: until then tokens are unknown.
            if (created.status() == 422 && created.text().contains("has published no figures") && Instant.now().isBefore(deadline)) {
                Thread.sleep(500);
                continue;
            }
            throw new IllegalStateException("could not create " + document.get("slug").asText() + ": " + created.status() + " "
                + created.text());
        }
    }

    private void publish(String id, JsonNode document, ArrayNode related) throws Exception {
        Http.Answer current = http.send("GET", articlesUrl + "/api/v1/articles/" + id, null, auth);
        if (current.status() != 200) {
            throw new IllegalStateException("could not read article " + id + ": " + current.status());
        }
        if (!current.body().get("relatedArticleIds").equals(related)) {
            ObjectNode update = (ObjectNode) document.deepCopy();
            update.remove("relatedSlugs");
            update.set("relatedArticleIds", related);
            update.put("revision", current.body().get("revision").asInt());
            Http.Answer updated = http.send("PUT", articlesUrl + "/api/v1/articles/" + id, ContractJson.write(update), auth);
            if (updated.status() != 200) {
                throw new IllegalStateException("could not link related articles of " + id + ": " + updated.status() + " "
                    + updated.text());
            }
            current = updated;
        }
        JsonNode live = current.body().get("liveRevision");
        if (live == null || live.isNull() || live.asInt() != current.body().get("revision").asInt()) {
            Http.Answer published = http.send("POST", articlesUrl + "/api/v1/articles/" + id + "/publish", "{}", auth);
            if (published.status() != 200) {
                throw new IllegalStateException("could not publish " + id + ": " + published.status() + " " + published.text());
            }
        }
    }
}
