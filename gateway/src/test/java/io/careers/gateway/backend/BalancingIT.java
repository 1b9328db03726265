package io.careers.gateway.backend;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.careers.gateway.GatewayApi;
import io.careers.gateway.StandIns;
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

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.careers.gateway.StandIns.articleJson;
import static io.careers.gateway.StandIns.salaryJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two instances of salary-service behind one gateway: calls alternate between them, an instance
 * that is gone costs no page its salary section (the refused call goes to the other one), and an
 * instance that comes back is used again once its liveness check answers.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BalancingIT implements TestPropertyProvider {
    private static final String SOC = "29-2071";

    private final StandIns standIns = new StandIns();
    private final int secondPort = freePort();
    private WireMockServer second = StandIns.standIn(secondPort);

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
        properties.put("micronaut.http.services.salary.urls", standIns.salary.baseUrl() + "," + second.baseUrl());
        properties.put("micronaut.http.services.salary.health-check-interval", "500ms");
        properties.put("gateway.cache.page-ttl", "0s");
        return properties;
    }

    @AfterAll
    void close() {
        standIns.close();
        second.stop();
    }

    @Test
    void callsGoToBothInstancesAndAGoneInstanceCostsNoSection() {
        standIns.article("balanced", articleJson("balanced", "Balanced", List.of(SOC), List.of()));
        stubSalary(standIns.salary);
        stubSalary(second);
        GatewayApi api = new GatewayApi(http);

        for (int i = 0; i < 6; i++) {
            assertEquals("OK", freshPage(api).sectionStatus("salary"));
        }
        assertTrue(calls(standIns.salary) >= 2 && calls(second) >= 2,
            "round robin: " + calls(standIns.salary) + " and " + calls(second) + " calls");

        second.stop();
        int before = calls(standIns.salary);
        for (int i = 0; i < 10; i++) {
            assertEquals("OK", freshPage(api).sectionStatus("salary"), "page " + i + " with one instance gone");
        }
        assertEquals(before + 10, calls(standIns.salary), "every call landed on the instance that is left");
        assertEquals(CircuitBreaker.State.CLOSED, salary.breaker().state(), "a refused connection is no failure of the backend");

        second = StandIns.standIn(secondPort);
        stubSalary(second);
        Eventually.await("the instance that came back gets calls again", Duration.ofSeconds(10), () -> {
            assertEquals("OK", freshPage(api).sectionStatus("salary"));
            return calls(second) > 0;
        });
    }

    private GatewayApi.Answer freshPage(GatewayApi api) {
        caches.salary().invalidateAll();
        return api.page("balanced");
    }

    private static void stubSalary(WireMockServer server) {
        server.stubFor(WireMock.get(urlPathEqualTo("/api/v1/occupations")).willReturn(okJson(salaryJson(List.of(SOC), 40_000))));
    }

    private static int calls(WireMockServer server) {
        return server.findAll(getRequestedFor(urlPathEqualTo("/api/v1/occupations"))).size();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
