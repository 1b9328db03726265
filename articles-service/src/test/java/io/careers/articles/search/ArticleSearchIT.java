package io.careers.articles.search;

import com.fasterxml.jackson.databind.JsonNode;
import io.careers.articles.ArticlesApi;
import io.careers.articles.ArticlesApi.Answer;
import io.careers.articles.ArticlesTestSupport;
import io.careers.articles.SalaryEvents;
import io.careers.testkit.KafkaTestClient;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Search over live articles against real PostgreSQL: ranking, prefixes, typing mistakes, snippets, bad
 * queries; and the sitemap locations.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArticleSearchIT implements TestPropertyProvider {
    private final KafkaTestClient kafka = KafkaTestClient.forTests();

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    JdbcOperations jdbc;
    @Inject
    io.micronaut.serde.ObjectMapper serde;

    ArticlesApi api;
    String developerId;

    @Override
    public Map<String, String> getProperties() {
        return ArticlesTestSupport.properties("article_search", kafka);
    }

    @BeforeAll
    void articles() {
        api = new ArticlesApi(http);
        new SalaryEvents(kafka, serde).medicalRecordsTechnicians(jdbc);
        publish(ArticlesApi.article("Medical Records Administration", "medical-records-administration",
            "Technicians organize **health information** and earn {{wage:29-2071:annual.median}}. See the "
                + "[AHIMA site](https://www.ahima.org) for certifications.", "29-2071"));
        publish(ArticlesApi.article("Registered Nurse", "registered-nurse",
            "Nurses care for patients and keep their medical records up to date."));
        developerId = publish(ArticlesApi.article("Software Developer", "software-developer",
            "Developers write programs; R&D teams compare C < C++ and Java."));
        api.createOk(ArticlesApi.article("Medical Records Draft", "medical-records-draft", "A draft about medical records."));
    }

    @AfterAll
    void close() {
        kafka.close();
    }

    @Test
    void theBestMatchComesFirstAndOnlyLiveArticlesAreFound() {
        Answer found = search("Medical Records");
        assertEquals(200, found.status(), found.toString());
        assertEquals(List.of("medical-records-administration", "registered-nurse"), slugs(found), "title words rank first");
        assertEquals("medical records", found.text("query"));
        assertEquals(2, found.body().get("totalItems").asInt());
        String snippet = found.body().get("items").get(1).get("snippet").asText();
        assertTrue(snippet.contains("<mark>medical</mark> <mark>records</mark>"), snippet);
        String tokenAndLink = found.body().get("items").get(0).get("snippet").asText();
        assertFalse(tokenAndLink.contains("{{") || tokenAndLink.contains("ahima.org") || tokenAndLink.contains("**"),
            "figure tokens, link targets and Markdown marks are not searched or shown: " + tokenAndLink);
    }

    @Test
    void wordsStartedAreEnoughAndTypingMistakesInTitlesAreForgiven() {
        assertEquals(List.of("medical-records-administration", "registered-nurse"), slugs(search("medic reco")));
        assertEquals("medical-records-administration", slugs(search("medcal recrds")).get(0), "two typing mistakes");
        assertEquals(List.of(), slugs(search("astronaut")));
    }

    @Test
    void aSnippetIsEscapedTextWithOnlyTheMarksAsHtml() {
        String snippet = search("compare").body().get("items").get(0).get("snippet").asText();
        assertTrue(snippet.contains("R&amp;D"), snippet);
        assertTrue(snippet.contains("C &lt; C++"), snippet);
        assertEquals(snippet.replace("<mark>", "").replace("</mark>", "").indexOf('<'), -1, snippet);
    }

    @Test
    void theLiveRevisionIsSearchedNotTheDraft() {
        assertEquals(List.of(), slugs(search("kotlin")));
        Answer edited = api.update(developerId, ArticlesApi.article("Software Developer", "software-developer",
            "Developers write programs in Kotlin.").replaceFirst("\\{", "{\"revision\": 1, "));
        assertEquals(200, edited.status(), edited.toString());
        assertEquals(List.of(), slugs(search("kotlin")), "a draft edit is not searched");
        assertEquals(200, api.publishNow(developerId).status());
        assertEquals(List.of("software-developer"), slugs(search("kotlin")));
    }

    @Test
    void aQueryWithoutWordsOrTooLongIsRefusedNamingQ() {
        for (String bad : new String[] {null, "", "&|!:*()", "x".repeat(201)}) {
            Answer refused = bad == null ? api.send(HttpRequest.GET("/api/v1/articles/search")) : search(bad);
            assertEquals(422, refused.status(), "q=" + bad + ": " + refused);
            assertEquals("application/problem+json", refused.contentType());
            assertEquals("q", refused.body().get("errors").get(0).get("field").asText(), refused.toString());
        }
    }

    @Test
    void theMigrationWroteTheSameTextForArticlesLiveBeforeIt() throws Exception {
        String migration = new String(getClass().getResourceAsStream("/db/migration/V2__article_search.sql").readAllBytes(),
            StandardCharsets.UTF_8);
        String backfill = migration.substring(migration.indexOf("UPDATE article a SET live_text"));
        Map<String, String> written = liveTexts();
        jdbc.execute(c -> {
            c.setAutoCommit(false);
            try (var statement = c.createStatement()) {
                statement.execute("UPDATE article SET live_text = NULL");
                statement.execute(backfill);
            }
            Map<String, String> backfilled = new TreeMap<>();
            try (var statement = c.createStatement();
                 var rows = statement.executeQuery("SELECT live_slug, live_text FROM article WHERE live_revision IS NOT NULL")) {
                while (rows.next()) {
                    backfilled.put(rows.getString(1), rows.getString(2));
                }
            }
            c.rollback();
            c.setAutoCommit(true);
            assertEquals(written, backfilled, "SearchText and migration V2 write the same text");
            return null;
        });
    }

    private Map<String, String> liveTexts() {
        return jdbc.execute(c -> {
            Map<String, String> texts = new TreeMap<>();
            try (var statement = c.createStatement();
                 var rows = statement.executeQuery("SELECT live_slug, live_text FROM article WHERE live_revision IS NOT NULL")) {
                while (rows.next()) {
                    texts.put(rows.getString(1), rows.getString(2));
                }
            }
            return texts;
        });
    }

    @Test
    void sitemapLocationsAreEveryLiveArticleBySlug() {
        Answer locations = api.send(HttpRequest.GET("/api/v1/articles/locations"));
        assertEquals(200, locations.status(), locations.toString());
        List<String> slugs = new ArrayList<>();
        for (JsonNode location : locations.body().get("locations")) {
            slugs.add(location.get("slug").asText());
            assertTrue(location.get("updatedAt").asText().endsWith("Z"), location.toString());
        }
        assertEquals(List.of("medical-records-administration", "registered-nurse", "software-developer"), slugs,
            "live articles only, by slug");
    }

    private String publish(String body) {
        String id = api.createOk(body);
        Answer published = api.publishNow(id);
        assertEquals(200, published.status(), published.toString());
        return id;
    }

    private Answer search(String q) {
        return api.send(HttpRequest.GET(UriBuilder.of("/api/v1/articles/search").queryParam("q", q).build().toString()));
    }

    private static List<String> slugs(Answer answer) {
        assertEquals(200, answer.status(), answer.toString());
        List<String> slugs = new ArrayList<>();
        for (JsonNode item : answer.body().get("items")) {
            slugs.add(item.get("slug").asText());
        }
        return slugs;
    }
}
