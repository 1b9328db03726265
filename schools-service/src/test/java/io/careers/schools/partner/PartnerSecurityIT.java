package io.careers.schools.partner;

import io.careers.schools.PartnerApi;
import io.careers.schools.PartnerApi.Answer;
import io.careers.schools.SchoolsTestSupport;
import io.careers.testkit.KafkaTestClient;
import io.careers.testkit.TestTokens;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Partner A's and partner B's keys against every partner route, admin routes against partner keys,
 * and broken tokens: A never sees or changes B's data.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartnerSecurityIT implements TestPropertyProvider {
    private final KafkaTestClient kafka = KafkaTestClient.forTests();

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> tx;

    PartnerApi api;
    String keyA;
    String keyB;

    @Override
    public Map<String, String> getProperties() {
        return SchoolsTestSupport.properties("partner_security", kafka);
    }

    @BeforeAll
    void partners() {
        api = new PartnerApi(http);
        keyA = api.newPartner("partner-a");
        keyB = api.newPartner("partner-b");
        assertEquals(201, api.put(keyB, "b-hit", PartnerApi.listing("b-hit")).status());
        assertEquals(201, api.put(keyB, "shared-id", PartnerApi.listing("shared-id", "Edgecombe Community College",
            "Tarboro", "NC", "51.0707", "ASSOCIATE", "ONLINE", null)).status());
    }

    @AfterAll
    void close() {
        kafka.close();
    }

    @Test
    void partnerACanNeverSeeOrChangePartnerBsListings() {
        String before = rowsOf("partner-b");

        assertEquals(List.of(), externalIds(api.list(keyA)), "A sees none of B's listings");
        assertEquals(404, api.delete(keyA, "b-hit").status(), "B's listing is 404 to A");
        Answer sameId = api.put(keyA, "shared-id", PartnerApi.listing("shared-id"));
        assertEquals(201, sameId.status(), "an external id B uses is a new listing of A's own");
        Answer batch = api.batch(keyA, "[" + PartnerApi.listing("b-hit") + "," + PartnerApi.listing("a-only") + "]");
        assertEquals(200, batch.status(), batch.toString());
        assertEquals(2, batch.body().get("created").asInt(), "A's batch created A's own listings");
        Answer namesB = api.put(keyA, "a-2", PartnerApi.listing("a-2").replaceFirst("\\{", "{\"partnerId\": \"partner-b\","));
        assertEquals(422, namesB.status());
        assertEquals("partnerId", namesB.body().at("/errors/0/field").asText());

        assertEquals(before, rowsOf("partner-b"), "B's rows are byte-for-byte unchanged");
        assertEquals(List.of("b-hit", "shared-id"), externalIds(api.list(keyB)));
        assertEquals(List.of("a-only", "b-hit", "shared-id"), externalIds(api.list(keyA)));
    }

    @Test
    void aPartnerCannotRewriteTheInstitutionOtherPartnersListingsShow() {
        String institutionBefore = single("SELECT i::text FROM institution i JOIN listing l USING (institution_id)"
            + " WHERE l.partner_id = 'partner-b' AND l.external_id = 'shared-id'");
        String claim = PartnerApi.listing("takeover", "EDGECOMBE  community college", "Tarboro", "NC", "51.0707",
            "ASSOCIATE", "ONLINE", null).replace("\"PUBLIC\"", "\"PRIVATE_FOR_PROFIT\"")
            .replace("https://www.example.edu", "https://diploma-mill.example");
        Answer answer = api.put(api.newPartner("partner-c"), "takeover", claim);
        assertEquals(201, answer.status(), answer.toString());
        assertEquals("Edgecombe Community College", answer.body().at("/institution/name").asText(),
            "C's listing shows the shared institution, not C's version of it");
        assertEquals("https://www.example.edu", answer.body().at("/institution/website").asText());
        assertEquals(institutionBefore, single("SELECT i::text FROM institution i JOIN listing l USING (institution_id)"
            + " WHERE l.partner_id = 'partner-b' AND l.external_id = 'shared-id'"), "the shared record is unchanged");
        assertEquals("name=EDGECOMBE  community college|ownership=PRIVATE_FOR_PROFIT|website=https://diploma-mill.example",
            single("SELECT string_agg(field || '=' || value, '|' ORDER BY field) FROM institution_proposal"
                + " WHERE partner_id = 'partner-c'"), "what C would change is kept as C's proposal");

        String path = "/api/v1/admin/institutions/" + answer.body().get("institutionId").asText();
        assertEquals(403, api.send(HttpRequest.GET(path).header("X-API-Key", keyA)).status(), "partners cannot curate");
        String admin = SchoolsTestSupport.token("curator@example.com", List.of("ADMIN"));
        Answer proposals = api.send(HttpRequest.GET(path).bearerAuth(admin));
        assertEquals(200, proposals.status(), proposals.toString());
        assertEquals(3, proposals.body().get("proposals").size(), proposals.toString());
        String versionsOfTheInstitution = "SELECT string_agg(partner_id || '=' || version, '|' ORDER BY partner_id) FROM listing"
            + " WHERE institution_id = '" + answer.body().get("institutionId").asText() + "'";
        String versionsBefore = single(versionsOfTheInstitution);
        Answer corrected = api.send(HttpRequest.PUT(path, Map.of("website", "https://www.edgecombe.edu"))
            .bearerAuth(admin));
        assertEquals(200, corrected.status(), corrected.toString());
        assertEquals("https://www.edgecombe.edu", corrected.body().at("/institution/website").asText());
        assertEquals("curator@example.com", corrected.body().at("/history/0/changedBy").asText());
        assertEquals("https://www.example.edu", corrected.body().at("/history/0/oldValue").asText());
        assertEquals("https://www.edgecombe.edu", single("SELECT i.website FROM institution i JOIN listing l"
            + " USING (institution_id) WHERE l.partner_id = 'partner-b' AND l.external_id = 'shared-id'"),
            "B's listing shows the admin's correction");
        assertEquals(versionsBefore.replace("=1", "=2"), single(versionsOfTheInstitution),
            "every listing of the institution is announced again, one version later (was " + versionsBefore + ")");
        Answer bad = api.send(HttpRequest.PUT(path, Map.of("website", "javascript:alert(1)", "ownership", "STATE"))
            .bearerAuth(admin));
        assertEquals(422, bad.status(), bad.toString());
    }

    @Test
    void partnerRoutesTakeAnApiKeyOnlyNotATokenSignedWithThePlatformSecret() {
        String before = rowsOf("partner-b");
        String claimsPartnerB = TestTokens.forged(SchoolsTestSupport.SECRET,
            c -> c.claim("roles", List.of("PARTNER")).claim("partnerId", "partner-b"));
        assertEquals(401, api.send(HttpRequest.GET("/api/v1/partner/listings").bearerAuth(claimsPartnerB)).status());
        assertEquals(401, api.send(HttpRequest.DELETE("/api/v1/partner/listings/b-hit").bearerAuth(claimsPartnerB))
            .status());
        String editorNamingB = TestTokens.forged(SchoolsTestSupport.SECRET, c -> c.claim("partnerId", "partner-b"));
        assertEquals(401, api.send(HttpRequest.GET("/api/v1/partner/listings").bearerAuth(editorNamingB)).status());
        assertEquals(before, rowsOf("partner-b"), "B's rows are unchanged");
    }

    @Test
    void aMissingWrongOrRevokedKeyIs401AndAPartnerKeyOnAnAdminRouteIs403() {
        for (String key : new String[] {null, "nonsense", keyA.substring(0, keyA.length() - 2) + "xx",
            "pk_unknown.secret"}) {
            Answer answer = api.put(key, "x", PartnerApi.listing("x"));
            assertEquals(401, answer.status(), "key " + key);
        }
        assertEquals(401, api.send(HttpRequest.GET("/api/v1/partner/listings")).status());

        Answer admin = api.send(HttpRequest.POST("/api/v1/admin/partners", Map.of("name", "Sneaky"))
            .header("X-API-Key", keyA));
        assertEquals(403, admin.status());
        assertEquals("application/problem+json", admin.contentType());
    }

    @Test
    void aPartnerHoldsTwoKeysWhileRotatingAndARevokedKeyStopsAtOnce() {
        String old = api.newPartner("partner-rotating");
        String adminToken = SchoolsTestSupport.token("admin", List.of("ADMIN"));
        Answer second = api.send(HttpRequest.POST("/api/v1/admin/partners/partner-rotating/keys", "").bearerAuth(adminToken));
        assertEquals(201, second.status());
        String fresh = second.body().get("apiKey").asText();
        assertEquals(200, api.list(old).status());
        assertEquals(200, api.list(fresh).status());
        assertEquals(409, api.send(HttpRequest.POST("/api/v1/admin/partners/partner-rotating/keys", "")
            .bearerAuth(adminToken)).status(), "a third key waits until one is revoked");

        String oldKeyId = old.substring(0, old.indexOf('.'));
        assertEquals(204, api.send(HttpRequest.DELETE("/api/v1/admin/partners/partner-rotating/keys/" + oldKeyId)
            .bearerAuth(adminToken)).status());
        assertEquals(401, api.list(old).status());
        assertEquals(200, api.list(fresh).status());
    }

    @Test
    void brokenTokensAre401AndAMissingRoleIs403() {
        String path = "/api/v1/admin/partners";
        Map<String, String> body = Map.of("name", "Another");
        String expired = TestTokens.hs256(SchoolsTestSupport.SECRET, "admin", List.of("ADMIN"), -60);
        String wronglySigned = TestTokens.hs256("another-secret-another-secret-another-secret-1", "admin", List.of("ADMIN"), 60);
        String unsigned = TestTokens.unsigned("admin", List.of("ADMIN"));
        assertEquals(401, api.send(HttpRequest.POST(path, body)).status(), "no token");
        for (String token : List.of(expired, wronglySigned, unsigned, "not-a-jwt")) {
            assertEquals(401, api.send(HttpRequest.POST(path, body).bearerAuth(token)).status(), token);
        }
        assertEquals(403, api.send(HttpRequest.POST(path, body)
            .bearerAuth(SchoolsTestSupport.token("editor", List.of("EDITOR")))).status());
        assertEquals(409, api.createPartner("partner-a").status(), "a partner id is created once");
    }

    @Test
    void aPartnerWithoutANameOrWithABadIdIsRefusedWithEachReason() {
        String adminToken = SchoolsTestSupport.token("admin", List.of("ADMIN"));
        Answer blank = api.send(HttpRequest.POST("/api/v1/admin/partners", Map.of("name", "  ", "partnerId", "Bad Id!"))
            .bearerAuth(adminToken));
        assertEquals(422, blank.status(), blank.toString());
        assertEquals("application/problem+json", blank.contentType());
        List<String> fields = new ArrayList<>();
        blank.body().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertEquals(List.of("name", "partnerId"), fields);
        assertEquals(422, api.send(HttpRequest.POST("/api/v1/admin/partners", Map.of("name", "x".repeat(201)))
            .bearerAuth(adminToken)).status(), "a name longer than 200 characters");
    }

    private static List<String> externalIds(Answer list) {
        assertEquals(200, list.status(), list.toString());
        List<String> ids = new ArrayList<>();
        list.body().get("items").forEach(i -> ids.add(i.get("externalId").asText()));
        return ids;
    }

    private String single(String sql) {
        return tx.executeRead(status -> jdbc.execute(c -> {
            try (var s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                rs.next();
                return rs.getString(1);
            }
        }));
    }

    private String rowsOf(String partnerId) {
        return SchoolsTestSupport.listingRowsOf(jdbc, tx, partnerId);
    }
}
