package io.careers.schools;

import io.careers.testkit.KafkaTestClient;
import io.careers.testkit.OpenApiContract;
import io.careers.testkit.OpenApiContract.Answer;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Producer-side contract test: the public, partner and admin answers of schools-service, successes
 * and problems, are what its own OpenAPI document ({@code /openapi.yml}) promises, statuses, media
 * types and bodies, so a client generated from the document reads them.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SchoolsApiContractIT implements TestPropertyProvider {
    private final KafkaTestClient kafka = KafkaTestClient.forTests();
    private final Map<String, String> admin = Map.of("Authorization", "Bearer " + SchoolsTestSupport.token("admin", List.of("ADMIN")));
    private final String partnerId = "contract-" + UUID.randomUUID().toString().substring(0, 8);

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        return SchoolsTestSupport.properties("contract", kafka);
    }

    @AfterAll
    void close() {
        kafka.close();
    }

    @Test
    void everyAnswerKeepsTheDocumentedContract() {
        OpenApiContract contract = OpenApiContract.of(server.getURI());
        Answer created = contract.call("POST", "/api/v1/admin/partners", admin,
            "{\"partnerId\": \"" + partnerId + "\", \"name\": \"Contract College\"}");
        assertEquals(201, created.status());
        Map<String, String> partner = Map.of("X-API-Key", created.json().get("apiKey").asText());
        String keys = "/api/v1/admin/partners/" + partnerId + "/keys";
        String second = contract.call("POST", keys, admin, null).json().get("keyId").asText();
        assertEquals(409, contract.call("POST", keys, admin, null).status(), "two active keys already");
        assertEquals(204, contract.call("DELETE", keys + "/" + second, admin, null).status());
        assertEquals(404, contract.call("DELETE", keys + "/" + second, admin, null).status());

        Answer listing = contract.call("PUT", "/api/v1/partner/listings/c-1", partner, PartnerApi.listing("c-1"));
        assertEquals(201, listing.status());
        assertEquals(200, contract.call("PUT", "/api/v1/partner/listings/c-1", partner, PartnerApi.listing("c-1")).status());
        assertEquals(200, contract.call("POST", "/api/v1/partner/listings/batch", partner,
            "[" + PartnerApi.listing("c-2") + "," + PartnerApi.listing("c-3") + "]").status());
        assertEquals(200, contract.call("GET", "/api/v1/partner/listings?size=2", partner, null).status());
        assertEquals(200, contract.get("/api/v1/schools?cip=51.0707").status());
        assertEquals(200, contract.get("/api/v1/schools?q=community").status());
        String institution = "/api/v1/admin/institutions/" + listing.json().get("institutionId").asText();
        assertEquals(200, contract.call("GET", institution, admin, null).status());
        assertEquals(200, contract.call("PUT", institution, admin, "{\"website\": \"https://www.example.edu\"}").status());
        assertEquals(204, contract.call("DELETE", "/api/v1/partner/listings/c-3", partner, null).status());

        assertEquals(400, contract.call("PUT", "/api/v1/partner/listings/c-4", partner, "{not json").status());
        assertEquals(422, contract.call("PUT", "/api/v1/partner/listings/c-4", partner, "{\"externalId\": \"c-4\"}").status());
        assertEquals(422, contract.call("POST", "/api/v1/partner/listings/batch", partner, "[{\"externalId\": \"c-5\"}]").status());
        assertEquals(400, contract.call("GET", "/api/v1/partner/listings?page=0", partner, null).status());
        assertEquals(401, contract.call("GET", "/api/v1/partner/listings", Map.of("X-API-Key", "no-such-key"), null).status());
        assertEquals(404, contract.call("DELETE", "/api/v1/partner/listings/never-listed", partner, null).status());
        assertEquals(400, contract.get("/api/v1/schools?cip=not-a-cip").status());
        assertEquals(409, contract.call("POST", "/api/v1/admin/partners", admin,
            "{\"partnerId\": \"" + partnerId + "\", \"name\": \"Again\"}").status());
        assertEquals(422, contract.call("POST", "/api/v1/admin/partners", admin, "{\"partnerId\": \"Not An Id!\"}").status());
        assertEquals(401, contract.call("GET", institution, Map.of(), null).status());
        assertEquals(403, contract.call("GET", institution, Map.of("Authorization", "Bearer "
            + SchoolsTestSupport.token("editor", List.of("EDITOR"))), null).status());
        assertEquals(404, contract.call("GET", "/api/v1/admin/institutions/" + UUID.randomUUID(), admin, null).status());
        assertEquals(404, contract.call("POST", "/api/v1/admin/partners/nobody/keys", admin, null).status());
    }
}
