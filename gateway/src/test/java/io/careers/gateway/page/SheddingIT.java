package io.careers.gateway.page;

import io.careers.gateway.StandIns;
import io.careers.testkit.Eventually;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static io.careers.gateway.StandIns.articleJson;
import static io.careers.gateway.StandIns.salaryJson;
import static io.careers.gateway.StandIns.schoolsJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A gateway composing its limit of pages refuses the next at once with 503 and {@code Retry-After}
 * instead of queueing it; once those pages are done it composes again. articles-service answers
 * slowly here (600 ms, within its timeout), so the first two pages hold both places meanwhile.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SheddingIT implements TestPropertyProvider {
    private static final int LIMIT = 2;
    private final StandIns standIns = new StandIns();

    @Inject
    EmbeddedServer server;
    @Inject
    CompositionAdmission admission;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(standIns.gatewayProperties());
        properties.put("gateway.shedding.max-in-flight", Integer.toString(LIMIT));
        return properties;
    }

    @AfterAll
    void close() {
        standIns.close();
    }

    @Test
    void pagesBeyondTheLimitAreRefusedAtOnceAndTheGatewayComposesAgainAfterwards() {
        int pages = 6;
        for (int n = 0; n < pages; n++) {
            String soc = String.format("13-%04d", n);
            String cip = String.format("02.%04d", n);
            standIns.article("shed-" + n, StandIns.slow(articleJson("shed-" + n, "Shed " + n, List.of(soc), List.of(cip)), 600));
            standIns.salary(List.of(soc), okJson(salaryJson(List.of(soc), 40_000)));
            standIns.schools(cip, okJson(schoolsJson(cip, "A College")));
        }
        HttpClient client = HttpClient.newHttpClient();
        // A first page warms the gateway's clients up, so that the slow pages are slow only by their article.
        standIns.article("shed-warm", articleJson("shed-warm", "Warm", List.of("13-0099"), List.of("02.0099")));
        standIns.salary(List.of("13-0099"), okJson(salaryJson(List.of("13-0099"), 40_000)));
        standIns.schools("02.0099", okJson(schoolsJson("02.0099", "A College")));
        assertEquals(200, client.sendAsync(HttpRequest.newBuilder(URI.create(server.getURL() + "/api/v1/pages/careers/shed-warm"))
            .build(), BodyHandlers.ofString()).join().statusCode());
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (int n = 0; n < pages; n++) {
            answers.add(client.sendAsync(HttpRequest.newBuilder(URI.create(server.getURL() + "/api/v1/pages/careers/shed-" + n))
                .timeout(Duration.ofSeconds(10)).build(), BodyHandlers.ofString()));
        }

        List<HttpResponse<String>> done = answers.stream().map(CompletableFuture::join).toList();
        List<HttpResponse<String>> refused = done.stream().filter(a -> a.statusCode() == 503).toList();
        assertEquals(LIMIT, done.stream().filter(a -> a.statusCode() == 200).count(),
            "as many pages as the limit were composed: " + done.stream().map(a -> a.statusCode() + " " + a.body()).toList());
        assertEquals(pages - LIMIT, refused.size(), "the rest were refused");
        for (HttpResponse<String> answer : refused) {
            assertEquals("1", answer.headers().firstValue("Retry-After").orElse(null));
            assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            assertTrue(answer.body().contains("composing as many pages as it may at once"), answer.body());
        }
        Eventually.await("every place given back", Duration.ofSeconds(5), () -> admission.inFlight() == 0);

        HttpResponse<String> later = client.sendAsync(HttpRequest.newBuilder(
            URI.create(server.getURL() + "/api/v1/pages/careers/shed-5")).build(), BodyHandlers.ofString()).join();
        assertEquals(200, later.statusCode(), "composed once the places are free: " + later.body());
    }
}
