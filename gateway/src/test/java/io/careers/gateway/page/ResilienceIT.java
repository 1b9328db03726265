package io.careers.gateway.page;

import io.careers.gateway.GatewayApi;
import io.careers.gateway.StandIns;
import io.careers.gateway.backend.BackendPolicy;
import io.careers.gateway.backend.CircuitBreaker;
import io.careers.gateway.cache.GatewayCaches;
import io.careers.testkit.Eventually;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.careers.gateway.StandIns.articleJson;
import static io.careers.gateway.StandIns.salaryJson;
import static io.careers.gateway.StandIns.schoolsJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Circuit breakers open and close again; a bulkhead keeps a slow backend to its share of calls. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResilienceIT implements TestPropertyProvider {
    private final StandIns standIns = new StandIns();

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    GatewayCaches caches;
    @Inject
    @Named("salary")
    BackendPolicy salary;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(standIns.gatewayProperties());
        properties.put("gateway.backends.schools.max-concurrent", "2");
        properties.put("gateway.cache.page-ttl", "0s");
        return properties;
    }

    @AfterAll
    void close() {
        standIns.close();
    }

    @Test
    void theSalaryCircuitOpensAfterFailuresAndClosesAfterASuccessfulTrial() {
        GatewayApi api = new GatewayApi(http);
        standIns.article("breaker", articleJson("breaker", "Breaker", List.of("12-0001"), List.of()));
        standIns.salary(List.of("12-0001"), StandIns.error500());
        for (int i = 0; i < 3; i++) {
            assertEquals("UNAVAILABLE", api.page("breaker").sectionStatus("salary"));
            caches.salary().invalidateAll();
        }
        assertEquals(CircuitBreaker.State.OPEN, salary.breaker().state());
        int callsWhenOpened = callsToSalary();
        for (int i = 0; i < 5; i++) {
            assertEquals("UNAVAILABLE", api.page("breaker").sectionStatus("salary"));
        }
        assertEquals(callsWhenOpened, callsToSalary(), "an open circuit sends nothing to salary-service");

        standIns.salary(List.of("12-0001"), okJson(salaryJson(List.of("12-0001"), 50_000)));
        Eventually.await("a trial after the open period closes the circuit", Duration.ofSeconds(5),
            () -> "OK".equals(api.page("breaker").sectionStatus("salary")));
        assertEquals(CircuitBreaker.State.CLOSED, salary.breaker().state());
        assertEquals(callsWhenOpened + 1, callsToSalary(), "one trial call, then the answer is cached");
    }

    @Test
    void aSlowBackendGetsNoMoreThanItsBulkheadAndOtherSectionsStayFast() throws Exception {
        List<CompletableFuture<GatewayApi.Answer>> pages = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String slug = "bulkhead-" + i;
            String cip = String.format("02.%04d", i);
            String soc = String.format("13-%04d", i);
            standIns.article(slug, articleJson(slug, "Bulkhead " + i, List.of(soc), List.of(cip)));
            standIns.salary(List.of(soc), okJson(salaryJson(List.of(soc), 40_000)));
            standIns.schools(cip, StandIns.slow(schoolsJson(cip, "Slow"), 2_000));
        }
        ExecutorService clients = Executors.newFixedThreadPool(6);
        for (int i = 0; i < 6; i++) {
            String slug = "bulkhead-" + i;
            pages.add(CompletableFuture.supplyAsync(() -> new GatewayApi(http).page(slug), clients));
        }
        for (CompletableFuture<GatewayApi.Answer> page : pages) {
            GatewayApi.Answer answer = page.get();
            assertEquals(200, answer.status());
            assertEquals("UNAVAILABLE", answer.sectionStatus("schools"));
            assertEquals("OK", answer.sectionStatus("salary"), "a slow schools-service does not hold up salary");
            assertTrue(answer.millis() < 2_000, answer.millis() + " ms, where schools-service takes 2 s and the deadline is 1 s");
        }
        clients.shutdown();
        // The calls the bulkhead let through are in the stand-in's journal once it has them.
        Eventually.await("the admitted calls reach schools-service", Duration.ofSeconds(10), () ->
            standIns.schools.findAll(getRequestedFor(urlPathEqualTo("/api/v1/schools"))).size() >= 2);
        int reached = standIns.schools.findAll(getRequestedFor(urlPathEqualTo("/api/v1/schools"))).size();
        assertTrue(reached >= 2 && reached <= 3, "the bulkhead lets 2 calls at a time reach schools-service, and 6 pages came at once: "
            + reached + " reached it");
    }

    private int callsToSalary() {
        return standIns.salary.findAll(getRequestedFor(urlPathEqualTo("/api/v1/occupations"))).size();
    }
}
