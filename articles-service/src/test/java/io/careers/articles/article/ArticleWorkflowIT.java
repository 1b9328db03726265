package io.careers.articles.article;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.careers.articles.ArticlesApi;
import io.careers.articles.ArticlesApi.Answer;
import io.careers.articles.ArticlesTestSupport;
import io.careers.articles.SalaryEvents;
import io.careers.contracts.Topics;
import io.careers.testkit.KafkaTestClient;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Drafts, revisions, optimistic concurrency, slugs, publishing and its events, against real PostgreSQL and Kafka. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArticleWorkflowIT implements TestPropertyProvider {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MARKDOWN = "As of {{period:29-2071}}, the median annual salary was {{wage:29-2071:annual.median}}.";
    private final KafkaTestClient kafka = KafkaTestClient.forTests();

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    JdbcOperations jdbc;
    @Inject
    io.micronaut.serde.ObjectMapper serde;

    ArticlesApi api;

    @Override
    public Map<String, String> getProperties() {
        return ArticlesTestSupport.properties("article_workflow", kafka);
    }

    @BeforeAll
    void figures() {
        api = new ArticlesApi(http);
        new SalaryEvents(kafka, serde).medicalRecordsTechnicians(jdbc);
    }

    @AfterAll
    void close() {
        kafka.close();
    }

    @Test
    void aDraftGetsASlugFromItsTitleAndReadersDoNotSeeIt() {
        Answer created = api.create(ArticlesApi.article("Medical Records Administration", null, MARKDOWN, "29-2071"));
        assertEquals(201, created.status(), created.toString());
        assertEquals("medical-records-administration", created.text("slug"));
        assertEquals("DRAFT", created.text("status"));
        assertEquals(1, created.body().get("revision").asInt());
        assertEquals("\"1\"", created.etag());
        assertEquals(404, api.bySlug("medical-records-administration").status(), "a draft is not public");

        Answer second = api.create(ArticlesApi.article("Medical Records Administration", null, MARKDOWN, "29-2071"));
        assertEquals("medical-records-administration-2", second.text("slug"), "a derived slug is made unique");
    }

    @Test
    void everySaveIsARevisionAndAnEditOnAnOldRevisionIsRefused() {
        String id = api.createOk(ArticlesApi.article("Health Information Technicians", null, MARKDOWN, "29-2071"));
        Answer second = api.update(id, withRevision(ArticlesApi.article("Health Information Technicians, revised", null,
            MARKDOWN, "29-2071"), 1));
        assertEquals(200, second.status(), second.toString());
        assertEquals(2, second.body().get("revision").asInt());
        assertEquals("health-information-technicians", second.text("slug"), "the slug stays when the body has none");

        Answer stale = api.update(id, withRevision(ArticlesApi.article("Someone else's edit", null, MARKDOWN), 1));
        assertEquals(409, stale.status());
        assertEquals("application/problem+json", stale.contentType());
        assertTrue(stale.text("detail").contains("based on revision 1, but the article is at revision 2"), stale.toString());

        Answer staleIfMatch = api.send(HttpRequest.PUT("/api/v1/articles/" + id,
                ArticlesApi.article("Someone else's edit", null, MARKDOWN)).contentType(MediaType.APPLICATION_JSON_TYPE)
            .header("If-Match", "\"1\"").bearerAuth(ArticlesTestSupport.editor()));
        assertEquals(412, staleIfMatch.status());
        Answer freshIfMatch = api.send(HttpRequest.PUT("/api/v1/articles/" + id,
                ArticlesApi.article("Health Information Technicians", null, MARKDOWN + "\n\nMore.", "29-2071")).contentType(MediaType.APPLICATION_JSON_TYPE)
            .header("If-Match", second.etag()).bearerAuth(ArticlesTestSupport.editor()));
        assertEquals(200, freshIfMatch.status(), freshIfMatch.toString());
        assertEquals(428, api.update(id, ArticlesApi.article("No base revision", null, MARKDOWN)).status());

        JsonNode revisions = api.send(HttpRequest.GET("/api/v1/articles/" + id + "/revisions")
            .bearerAuth(ArticlesTestSupport.editor())).body();
        assertEquals(3, revisions.size());
        assertEquals(List.of("title", "sections[0]", "seo"), texts(revisions.get(0).get("changes")));
        assertEquals(List.of("title", "seo"), texts(revisions.get(1).get("changes")));
        assertEquals(List.of("created"), texts(revisions.get(2).get("changes")));
        assertEquals("editor@example.com", revisions.get(0).get("author").asText());
        assertEquals("Health Information Technicians, revised", api.send(HttpRequest.GET("/api/v1/articles/" + id
            + "/revisions/2").bearerAuth(ArticlesTestSupport.editor())).text("title"));
    }

    @Test
    void aSlugBelongsToOneArticle() {
        api.createOk(ArticlesApi.article("Coding Specialist", "coding-specialist", MARKDOWN));
        Answer duplicate = api.create(ArticlesApi.article("Another Coding Specialist", "coding-specialist", MARKDOWN));
        assertEquals(409, duplicate.status());
        assertTrue(duplicate.text("detail").contains("coding-specialist"), duplicate.toString());
    }

    @Test
    void draftEditsLeaveTheLiveRevisionAloneUntilRepublished() {
        String id = api.createOk(ArticlesApi.article("Medical Coder", "medical-coder", MARKDOWN, "29-2071"));
        Answer published = api.publishNow(id);
        assertEquals(200, published.status(), published.toString());
        assertEquals("PUBLISHED", published.text("status"));
        Answer live = api.bySlug("medical-coder");
        assertEquals(200, live.status());
        assertEquals("<p>As of May 2013, the median annual salary was $34,970.</p>\n",
            live.body().get("sections").get(0).get("html").asText());
        assertEquals("OEWS-2013-05", live.body().get("citations").get(0).get("releaseId").asText());

        assertEquals(200, api.update(id, withRevision(ArticlesApi.article("Medical Coder (draft)", "medical-coding",
            MARKDOWN, "29-2071"), 1)).status());
        Answer stillLive = api.bySlug("medical-coder");
        assertEquals("Medical Coder", stillLive.text("title"));
        assertEquals(1, stillLive.body().get("revision").asInt());
        assertEquals(404, api.bySlug("medical-coding").status(), "the draft's new slug is not live yet");

        assertEquals(200, api.publishNow(id).status());
        Answer republished = api.bySlug("medical-coder");
        assertEquals(200, republished.status(), "the old slug keeps resolving");
        assertEquals("medical-coding", republished.text("slug"), "and names the current slug");
        assertEquals("Medical Coder (draft)", republished.text("title"));

        List<JsonNode> events = eventsOf(id, 2);
        assertEquals("ArticlePublished", events.get(1).get("eventType").asText());
        assertEquals(2, events.get(1).get("revision").asInt());
        assertEquals("medical-coding", events.get(1).get("slug").asText());
        assertEquals(List.of("medical-coder"), texts(events.get(1).get("previousSlugs")));
        assertEquals(List.of("29-2071"), texts(events.get(1).get("occupations")));
    }

    @Test
    void unpublishingHidesTheArticleAndAnnouncesIt() {
        String id = api.createOk(ArticlesApi.article("Health Records Clerk", "health-records-clerk", MARKDOWN));
        api.publishNow(id);
        Answer down = api.unpublish(id);
        assertEquals("UNPUBLISHED", down.text("status"));
        assertEquals(404, api.bySlug("health-records-clerk").status());
        assertEquals(409, api.unpublish(id).status(), "nothing left to unpublish");
        List<JsonNode> events = eventsOf(id, 2);
        assertEquals("ArticleUnpublished", events.get(1).get("eventType").asText());
        assertEquals("health-records-clerk", events.get(1).get("slug").asText());
    }

    @Test
    void restoringAnOldRevisionMakesItTheNewDraft() {
        String id = api.createOk(ArticlesApi.article("Cancer Registrar", null, MARKDOWN));
        api.update(id, withRevision(ArticlesApi.article("Cancer Registrar, rewritten", null, "All new text."), 1));
        Answer restored = api.send(HttpRequest.POST("/api/v1/articles/" + id + "/revisions/1/restore", "{\"revision\": 2}")
            .contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(ArticlesTestSupport.editor()));
        assertEquals(200, restored.status(), restored.toString());
        assertEquals(3, restored.body().get("revision").asInt());
        assertEquals("Cancer Registrar", restored.text("title"));
        assertEquals(MARKDOWN, restored.body().get("sections").get(0).get("markdown").asText());
        JsonNode revisions = api.send(HttpRequest.GET("/api/v1/articles/" + id + "/revisions")
            .bearerAuth(ArticlesTestSupport.editor())).body();
        assertEquals(1, revisions.get(0).get("restoredFrom").asInt());
        assertEquals(409, api.send(HttpRequest.POST("/api/v1/articles/" + id + "/revisions/1/restore", "{\"revision\": 2}")
            .contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(ArticlesTestSupport.editor())).status());
    }

    @Test
    void tokensAreCheckedOnSaveWithTheirPosition() {
        Answer malformed = api.create(ArticlesApi.article("Bad Tokens", null,
            "Median: {{wage:29-2071:annual.mediam}}.\nJobs: {{employment:29-2071"));
        assertEquals(422, malformed.status());
        JsonNode errors = malformed.body().get("errors");
        assertEquals(2, errors.size(), errors.toString());
        assertEquals("sections[0].markdown", errors.get(0).get("field").asText());
        assertTrue(errors.get(0).get("message").asText().startsWith("'{{wage:29-2071:annual.mediam}}' at line 1, column 9: unknown measure"),
            errors.toString());
        assertTrue(errors.get(1).get("message").asText().contains("at line 2, column 7: the token is not closed"), errors.toString());

        Answer unknown = api.create(ArticlesApi.article("Unknown Occupation", null, "Pay: {{wage:99-9999:annual.median}}"));
        assertEquals(422, unknown.status());
        assertEquals("'{{wage:99-9999:annual.median}}' at line 1, column 6: salary-service has published no figures for occupation 99-9999",
            unknown.body().get("errors").get(0).get("message").asText());
    }

    @Test
    void everyProblemOfABodyIsReportedAtOnce() {
        Answer invalid = api.create("""
            {"title": " ", "slug": "Not A Slug", "occupations": ["292071"], "programs": ["51-0707"],
             "relatedArticleIds": ["not-a-uuid", "6f1c2a5e-2d8b-4c1e-9a3f-1b2c3d4e5f60"],
             "sections": [{"heading": "", "markdown": "x"}], "videos": [{"title": "V", "url": "javascript:alert(1)"}]}
            """);
        assertEquals(422, invalid.status());
        List<String> fields = new ArrayList<>();
        invalid.body().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertEquals(List.of("title", "slug", "sections[0].heading", "occupations[0]", "programs[0]", "relatedArticleIds[0]",
            "videos[0].url"), fields);
    }

    @Test
    void unknownAndServerOwnedFieldsAreIgnored() {
        String body = ArticlesApi.article("Registered Health Information Technician", null, MARKDOWN)
            .replaceFirst("\\{", "{\"id\": \"00000000-0000-0000-0000-000000000001\", \"status\": \"PUBLISHED\", \"revision\": 99,"
                + " \"createdBy\": \"mallory\", \"colour\": \"blue\", ");
        Answer created = api.create(body);
        assertEquals(201, created.status(), created.toString());
        assertFalse(created.text("id").equals("00000000-0000-0000-0000-000000000001"));
        assertEquals("DRAFT", created.text("status"));
        assertEquals(1, created.body().get("revision").asInt());
        assertEquals("editor@example.com", created.text("createdBy"));
    }

    @Test
    void markupInMarkdownIsNeutralisedForReaders() {
        String id = api.createOk(ArticlesApi.article("Script Kiddie", "script-kiddie",
            "<script>alert(1)</script>\n\n<img src=x onerror=alert(2)> [click](javascript:alert(3))"));
        api.publishNow(id);
        String html = api.liveHtml("script-kiddie");
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<img"), html);
        assertFalse(html.contains("javascript:"), html);
        assertTrue(html.contains("&lt;script&gt;"), html);
    }

    @Test
    void thePublicListHasLiveArticlesOnly() {
        String live = api.createOk(ArticlesApi.article("Listed Career", "listed-career", MARKDOWN).replace("healthcare", "listing-test"));
        api.createOk(ArticlesApi.article("Unlisted Draft", "unlisted-draft", MARKDOWN).replace("healthcare", "listing-test"));
        api.publishNow(live);
        JsonNode page = api.send(HttpRequest.GET("/api/v1/articles?category=listing-test&size=10")).body();
        assertEquals(1, page.get("totalItems").asInt());
        assertEquals("listed-career", page.get("items").get(0).get("slug").asText());
        assertEquals(422, api.send(HttpRequest.GET("/api/v1/articles?size=500")).status());
    }

    @Test
    void editorsListArticlesInEveryState() {
        String draft = api.createOk(ArticlesApi.article("Editorial Draft", "editorial-draft", MARKDOWN));
        String live = api.createOk(ArticlesApi.article("Editorial Live", "editorial-live", MARKDOWN));
        api.publishNow(live);
        JsonNode drafts = api.send(HttpRequest.GET("/api/v1/articles/editorial?status=DRAFT&size=100")
            .bearerAuth(ArticlesTestSupport.editor())).body();
        List<String> draftIds = new ArrayList<>();
        drafts.get("items").forEach(i -> draftIds.add(i.get("id").asText()));
        assertTrue(draftIds.contains(draft), drafts.toString());
        assertFalse(draftIds.contains(live));
        JsonNode published = api.send(HttpRequest.GET("/api/v1/articles/editorial?status=PUBLISHED&size=100")
            .bearerAuth(ArticlesTestSupport.editor())).body();
        assertTrue(published.get("items").toString().contains("\"slug\":\"editorial-live\""), published.toString());
        assertEquals(401, api.send(HttpRequest.GET("/api/v1/articles/editorial")).status(), "drafts are for editors");
    }

    private static String withRevision(String body, int revision) {
        return body.replaceFirst("\\{", "{\"revision\": " + revision + ", ");
    }

    private List<JsonNode> eventsOf(String articleId, int count) {
        List<ConsumerRecord<byte[], byte[]>> records = kafka.readUntil(Topics.ARTICLES,
            read -> read.stream().filter(r -> articleId.equals(KafkaTestClient.text(r.key()))).count() >= count,
            Duration.ofSeconds(20));
        List<JsonNode> events = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> r : records) {
            if (articleId.equals(KafkaTestClient.text(r.key()))) {
                try {
                    events.add(JSON.readTree(r.value()));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        assertEquals(count, events.size(), "events of " + articleId);
        return events;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }
}
