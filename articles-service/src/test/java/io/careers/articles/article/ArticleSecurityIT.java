package io.careers.articles.article;

import io.careers.articles.ArticlesApi;
import io.careers.articles.ArticlesApi.Answer;
import io.careers.articles.ArticlesTestSupport;
import io.careers.testkit.KafkaTestClient;
import io.careers.testkit.TestTokens;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every write and every draft read needs a valid editor token; readers see published content only. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArticleSecurityIT implements TestPropertyProvider {
    private static final String BODY = ArticlesApi.article("Secure Career", null, "Plain text.");
    private final KafkaTestClient kafka = KafkaTestClient.forTests();

    @Inject
    @Client("/")
    HttpClient http;

    ArticlesApi api;
    String draftId;

    @Override
    public Map<String, String> getProperties() {
        return ArticlesTestSupport.properties("article_security", kafka);
    }

    @BeforeAll
    void draft() {
        api = new ArticlesApi(http);
        draftId = api.createOk(BODY);
    }

    @AfterAll
    void close() {
        kafka.close();
    }

    @Test
    void brokenTokensAre401OnEveryEditorRoute() {
        String expired = TestTokens.hs256(ArticlesTestSupport.SECRET, "editor", List.of("EDITOR"), -60);
        String wronglySigned = TestTokens.hs256("another-secret-another-secret-another-secret-0", "editor", List.of("EDITOR"), 60);
        String unsigned = TestTokens.unsigned("editor", List.of("EDITOR"));
        for (String token : new String[] {null, expired, wronglySigned, unsigned, "not-a-jwt"}) {
            for (MutableHttpRequest<?> request : editorRoutes()) {
                Answer answer = api.send(token == null ? request : request.bearerAuth(token));
                assertEquals(401, answer.status(), request.getMethodName() + " " + request.getPath() + " with " + token);
            }
        }
    }

    @Test
    void aTokenWithoutAnEditorRoleIs403() {
        String reader = ArticlesTestSupport.token("reader", List.of("READER"));
        for (MutableHttpRequest<?> request : editorRoutes()) {
            assertEquals(403, api.send(request.bearerAuth(reader)).status(), request.getMethodName() + " " + request.getPath());
        }
        String admin = ArticlesTestSupport.token("admin", List.of("ADMIN"));
        assertEquals(200, api.send(HttpRequest.GET("/api/v1/articles/" + draftId).bearerAuth(admin)).status());
    }

    @Test
    void readersSeePublishedContentOnly() {
        Answer draft = api.get(draftId);
        assertEquals(404, api.bySlug(draft.text("slug")).status());
        assertEquals(0, api.send(HttpRequest.GET("/api/v1/articles")).body().get("totalItems").asInt());
    }

    @Test
    void aBodyOverTheLimitIs413() {
        String huge = ArticlesApi.article("Huge", null, "x".repeat(1_100_000));
        Answer answer = api.create(huge);
        assertEquals(413, answer.status());
    }

    private List<MutableHttpRequest<?>> editorRoutes() {
        String article = "/api/v1/articles/" + draftId;
        return List.of(
            HttpRequest.POST("/api/v1/articles", BODY).contentType(MediaType.APPLICATION_JSON_TYPE),
            HttpRequest.PUT(article, BODY).contentType(MediaType.APPLICATION_JSON_TYPE),
            HttpRequest.GET(article),
            HttpRequest.GET("/api/v1/articles/editorial"),
            HttpRequest.GET(article + "/revisions"),
            HttpRequest.GET(article + "/preview"),
            HttpRequest.POST(article + "/publish", "{}").contentType(MediaType.APPLICATION_JSON_TYPE),
            HttpRequest.POST(article + "/unpublish", "{}").contentType(MediaType.APPLICATION_JSON_TYPE),
            HttpRequest.POST(article + "/revisions/1/restore", "{}").contentType(MediaType.APPLICATION_JSON_TYPE),
            HttpRequest.GET("/api/v1/reports/stale-figures"));
    }
}
