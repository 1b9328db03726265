package io.careers.tools.listing;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.careers.tools.cli.CareersTools;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The feed tool against a stand-in of the partner API: rejected listings are set aside, the rest sent again. */
class FeedListingsTest {
    private WireMockServer schools;

    @BeforeEach
    void start() {
        schools = new WireMockServer(options().dynamicPort());
        schools.start();
    }

    @AfterEach
    void stop() {
        schools.stop();
    }

    @Test
    void setsAsideRejectedListingsAndSendsTheRest() throws Exception {
        Path file = Files.createTempFile("listings", ".jsonl");
        Files.writeString(file, """
            {"externalId": "a"}
            not json
            {"externalId": "b", "program": {"cipCode": "51-0707"}}
            {"externalId": "c"}
            """);
        // The first try holds three listings and refuses the second of them; the retry holds a and c.
        schools.stubFor(post(urlEqualTo("/api/v1/partner/listings/batch")).withHeader("X-API-Key", equalTo("pk_test"))
            .withRequestBody(matchingJsonPath("$[?(@.externalId == 'b')]"))
            .willReturn(aResponse().withStatus(422).withHeader("Content-Type", "application/problem+json").withBody("""
                {"type": "about:blank", "title": "Unprocessable Entity", "status": 422, "detail": "The batch has invalid listings",
                 "errors": [{"field": "[1].program.cipCode", "message": "must be NN.NNNN"}]}""")));
        schools.stubFor(post(urlEqualTo("/api/v1/partner/listings/batch")).atPriority(10).withHeader("X-API-Key", equalTo("pk_test"))
            .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"created\": 2, \"updated\": 0, \"unchanged\": 0, \"items\": []}")));

        int exit = CareersTools.run("feed-listings", file.toString(), "--api-key", "pk_test", "--url", schools.baseUrl());

        assertEquals(1, exit, "some listings were rejected");
        schools.verify(2, postRequestedFor(urlEqualTo("/api/v1/partner/listings/batch")));
        schools.verify(1, postRequestedFor(urlEqualTo("/api/v1/partner/listings/batch"))
            .withRequestBody(equalTo("[{\"externalId\":\"a\"},{\"externalId\":\"c\"}]")));
    }

    @Test
    void waitsAsABusyServiceAsksAndSendsTheSameBatchAgain() throws Exception {
        Path file = Files.createTempFile("listings", ".jsonl");
        Files.writeString(file, "{\"externalId\": \"a\"}\n");
        schools.stubFor(post(urlEqualTo("/api/v1/partner/listings/batch")).inScenario("limit").whenScenarioStateIs(STARTED)
            .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\": 429, \"detail\": \"Partner pk writes listings faster than its limit\"}"))
            .willSetStateTo("rested"));
        schools.stubFor(post(urlEqualTo("/api/v1/partner/listings/batch")).inScenario("limit").whenScenarioStateIs("rested")
            .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"created\": 1, \"updated\": 0, \"unchanged\": 0, \"items\": []}")));

        long started = System.nanoTime();
        int exit = CareersTools.run("feed-listings", file.toString(), "--api-key", "pk_test", "--url", schools.baseUrl());

        assertEquals(0, exit, "the listing was taken once the service had room");
        schools.verify(2, postRequestedFor(urlEqualTo("/api/v1/partner/listings/batch"))
            .withRequestBody(equalTo("[{\"externalId\":\"a\"}]")));
        assertTrue(System.nanoTime() - started >= 1_000_000_000L, "it waited the second Retry-After asked for");
    }
}
