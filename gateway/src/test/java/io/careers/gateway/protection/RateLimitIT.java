package io.careers.gateway.protection;

import io.careers.gateway.GatewayApi;
import io.careers.gateway.GatewayApi.Answer;
import io.careers.gateway.StandIns;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A client over its rate gets 429 with Retry-After; health and metrics are not limited; a trusted
 * client is limited per key at its own rate, and an unknown key is refused.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RateLimitIT implements TestPropertyProvider {
    private static final String FRONT_END_KEY = "ssr-front-end-key-for-tests";

    private final StandIns standIns = new StandIns();

    @Inject
    @Client("/")
    HttpClient http;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(standIns.gatewayProperties());
        properties.put("gateway.rate-limit.enabled", "true");
        properties.put("gateway.rate-limit.per-second", "0.5");
        properties.put("gateway.rate-limit.burst", "5");
        properties.put("gateway.rate-limit.trusted-per-second", "0.5");
        properties.put("gateway.rate-limit.trusted-burst", "12");
        properties.put("gateway.rate-limit.trusted-client-keys", "  ," + HexFormat.of().formatHex(TrustedClients.sha256(FRONT_END_KEY)));
        return properties;
    }

    @AfterAll
    void close() {
        standIns.close();
    }

    @Test
    void aClientOverItsRateGets429WithRetryAfter() {
        standIns.article("limited", okJson(StandIns.articleJson("limited", "Limited", List.of(), List.of())));
        GatewayApi api = new GatewayApi(http);
        for (int i = 0; i < 5; i++) {
            assertEquals(200, api.page("limited").status(), "request " + (i + 1) + " is within the burst");
        }
        Answer limited = api.page("limited");
        assertEquals(429, limited.status());
        assertEquals("application/problem+json", limited.contentType());
        assertTrue(Integer.parseInt(limited.retryAfter()) >= 1, limited.retryAfter());
        assertEquals(200, api.send(HttpRequest.GET("/health")).status(), "health is not rate-limited");
    }

    @Test
    void aTrustedClientHasItsOwnLimitAndAnUnknownKeyIsRefused() {
        standIns.article("trusted", okJson(StandIns.articleJson("trusted", "Trusted", List.of(), List.of())));
        GatewayApi api = new GatewayApi(http);
        for (int i = 0; i < 12; i++) {
            assertEquals(200, api.send(HttpRequest.GET("/api/v1/pages/careers/trusted").header("X-Client-Key", FRONT_END_KEY))
                .status(), "request " + (i + 1) + " is within the trusted burst, above the address's 5");
        }
        Answer limited = api.send(HttpRequest.GET("/api/v1/pages/careers/trusted").header("X-Client-Key", FRONT_END_KEY));
        assertEquals(429, limited.status(), "a trusted client has a limit too");
        assertTrue(limited.body().get("detail").asText().contains("this client"), limited.body().toString());

        for (String wrong : List.of("guess", FRONT_END_KEY + "x")) {
            Answer refused = api.send(HttpRequest.GET("/api/v1/pages/careers/trusted").header("X-Client-Key", wrong));
            assertEquals(401, refused.status(), "key '" + wrong + "'");
            assertEquals("application/problem+json", refused.contentType());
        }
    }
}
