package io.careers.articles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;

import java.io.IOException;

/** Calls articles-service as editors and readers do, and returns status, headers and body. */
public final class ArticlesApi {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http;

    public ArticlesApi(HttpClient http) {
        this.http = http;
    }

    /** An answer: status, parsed body (null when empty), content type and ETag. */
    public record Answer(int status, JsonNode body, String contentType, String etag) {
        public String text(String field) {
            return body.get(field).asText();
        }
    }

    public Answer send(MutableHttpRequest<?> request) {
        try {
            HttpResponse<String> response = http.toBlocking().exchange(request, String.class);
            return answer(response, response.getBody().orElse(null));
        } catch (HttpClientResponseException e) {
            return answer(e.getResponse(), e.getResponse().getBody(String.class).orElse(null));
        }
    }

    public Answer create(String body) {
        return send(json(HttpRequest.POST("/api/v1/articles", body)).bearerAuth(ArticlesTestSupport.editor()));
    }

    /** @return the id of a new draft, failing the test if it is not created */
    public String createOk(String body) {
        Answer created = create(body);
        if (created.status() != 201) {
            throw new AssertionError("could not create the article: " + created);
        }
        return created.text("id");
    }

    public Answer update(String id, String body) {
        return send(json(HttpRequest.PUT("/api/v1/articles/" + id, body)).bearerAuth(ArticlesTestSupport.editor()));
    }

    public Answer publish(String id, String body) {
        return send(json(HttpRequest.POST("/api/v1/articles/" + id + "/publish", body)).bearerAuth(ArticlesTestSupport.editor()));
    }

    public Answer publishNow(String id) {
        return publish(id, "{}");
    }

    public Answer unpublish(String id) {
        return send(json(HttpRequest.POST("/api/v1/articles/" + id + "/unpublish", "{}")).bearerAuth(ArticlesTestSupport.editor()));
    }

    public Answer get(String id) {
        return send(HttpRequest.GET("/api/v1/articles/" + id).bearerAuth(ArticlesTestSupport.editor()));
    }

    public Answer bySlug(String slug) {
        return send(HttpRequest.GET("/api/v1/articles/by-slug/" + slug));
    }

    public Answer staleReport() {
        return send(HttpRequest.GET("/api/v1/reports/stale-figures").bearerAuth(ArticlesTestSupport.editor()));
    }

    /** @return the first section's HTML of the live article */
    public String liveHtml(String slug) {
        Answer answer = bySlug(slug);
        return answer.status() == 200 ? answer.body().get("sections").get(0).get("html").asText() : "(" + answer.status() + ")";
    }

    private static MutableHttpRequest<String> json(MutableHttpRequest<String> request) {
        return request.contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    private static Answer answer(HttpResponse<?> response, String body) {
        try {
            return new Answer(response.code(), body == null || body.isEmpty() ? null : JSON.readTree(body),
                response.getContentType().map(MediaType::toString).orElse(null), response.getHeaders().get("ETag"));
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + body, e);
        }
    }

    /** An article body with one section of the given Markdown. */
    public static String article(String title, String slug, String markdown, String... occupations) {
        String slugField = slug == null ? "" : "\"slug\": \"" + slug + "\", ";
        return """
            {%s"title": "%s", "summary": "Find out the job duties.", "category": "healthcare",
             "tags": ["medical records"], "sections": [{"heading": "Employment and Salary Information", "markdown": %s}],
             "occupations": %s, "programs": ["51.0707"], "relatedArticleIds": [],
             "videos": [{"title": "What Does a Medical Examiner Do?", "description": "A day at work.", "url": "https://videos.example/medical-examiner"}],
             "seo": {"title": "%s", "description": "Salary and training"}}
            """.formatted(slugField, title, quote(markdown), array(occupations), title);
    }

    public static String quote(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String array(String... values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
