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

import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
        String secret = ArticlesTestSupport.SECRET;
        String neverExpires = TestTokens.forged(secret, c -> c.expirationTime(null));
        String expiresInAYear = TestTokens.forged(secret,
            c -> c.expirationTime(new Date(System.currentTimeMillis() + 365L * 24 * 3600 * 1000)));
        String anotherAudience = TestTokens.forged(secret, c -> c.audience("another-api"));
        String noAudience = TestTokens.forged(secret, c -> c.audience((String) null));
        String anotherIssuer = TestTokens.forged(secret, c -> c.issuer("someone-else"));
        String partnerToo = TestTokens.forged(secret, c -> c.claim("roles", List.of("EDITOR", "PARTNER")));
        String namesAPartner = TestTokens.forged(secret, c -> c.claim("partnerId", "mohawk-valley-cc"));
        assertEquals(200, api.send(HttpRequest.GET("/api/v1/articles/" + draftId)
            .bearerAuth(TestTokens.forged(secret, c -> c))).status(), "the forged tokens' base is a valid token");
        for (String token : new String[] {null, expired, wronglySigned, unsigned, "not-a-jwt", neverExpires,
            expiresInAYear, anotherAudience, noAudience, anotherIssuer, partnerToo, namesAPartner}) {
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
    void aSlugNoArticleCanHaveIs404WithoutADatabaseError() {
        Answer answer = api.send(HttpRequest.GET("/api/v1/articles/by-slug/a%00b"));
        assertEquals(404, answer.status(), answer.toString());
        assertEquals("application/problem+json", answer.contentType());
        assertFalse(answer.toString().contains("UTF8"), "PostgreSQL's error reaches the client: " + answer);
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
