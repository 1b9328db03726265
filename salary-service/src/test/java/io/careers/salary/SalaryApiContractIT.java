package io.careers.salary;

import io.careers.contracts.OccupationRef;
import io.careers.contracts.Topics;
import io.careers.contracts.salary.EmploymentProjection;
import io.careers.contracts.salary.SocCrosswalkLink;
import io.careers.contracts.salary.WageEstimate;
import io.careers.testkit.OpenApiContract;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Producer-side contract test: every read answer of salary-service, successes and problems, is what
 * its own OpenAPI document ({@code /openapi.yml}) promises, so a client generated from the document
 * reads it. The data has what the schemas make optional: a footnoted measure, lineage and a
 * projection, a state estimate and a code nobody knows.
 */
@MicronautTest(transactional = false)
class SalaryApiContractIT extends SalaryIntegrationTest {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final OccupationRef RECORDS = new OccupationRef("29-2071",
        "Medical Records and Health Information Technicians", "2010");
    private final String release = "OEWS-2031-05-" + UUID.randomUUID().toString().substring(0, 8);

    SalaryApiContractIT() {
        super("contract");
    }

    @Inject
    EmbeddedServer server;

    @Test
    void everyReadAnswerKeepsTheDocumentedContract() {
        List<WageEstimate> estimates = List.of(Estimates.topCodedP90(Estimates.estimate(release, RECORDS, Estimates.US, 34970, 0)),
            Estimates.estimate(release, RECORDS, Estimates.VIRGINIA, 36020, 0));
        Estimates.publish(kafka, estimates);
        Estimates.complete(kafka, release, estimates.size());
        SocCrosswalkLink link = new SocCrosswalkLink(RECORDS, new OccupationRef("29-2072", "Medical Records Specialists", "2018"));
        kafka.send(Topics.SOC_CROSSWALK, link.key(), Estimates.json(link));
        Estimates.project(kafka, new EmploymentProjection("2012-2022", 2012, 2022, RECORDS, 186300L, 227300L,
            new BigDecimal("22"), 6700L, "Postsecondary nondegree award"));
        awaitEverythingConsumed(WAIT);
        new ServiceHttp(server.getURI()).awaitStatus(release, "CURRENT", WAIT);

        OpenApiContract contract = OpenApiContract.of(server.getURI());
        assertEquals(200, contract.get("/api/v1/occupations/29-2071").status());
        assertEquals(200, contract.get("/api/v1/occupations/29-2072").status(), "known from lineage only: no figures");
        assertEquals(200, contract.get("/api/v1/occupations?codes=29-2071,29-9999").status());
        assertEquals(200, contract.get("/api/v1/occupations?codes=29-2071&release=" + release).status());
        assertEquals(200, contract.get("/api/v1/occupations/29-2071/wages?area=5100000").status());
        assertEquals(200, contract.get("/api/v1/occupations/29-2071/wages?period=" + release.substring(5, 12)).status());
        assertEquals(200, contract.get("/api/v1/occupations/29-2071/wages/history").status());
        assertEquals(200, contract.get("/api/v1/releases").status());
        assertEquals(200, contract.get("/api/v1/releases/" + release).status());

        assertEquals(400, contract.get("/api/v1/occupations/not-a-code").status());
        assertEquals(400, contract.get("/api/v1/occupations?codes=").status());
        assertEquals(400, contract.get("/api/v1/occupations/29-2071/wages?area=nowhere").status());
        assertEquals(404, contract.get("/api/v1/occupations/29-9999").status());
        assertEquals(404, contract.get("/api/v1/occupations/29-2071/wages?period=1999-05").status());
        assertEquals(404, contract.get("/api/v1/releases/OEWS-1999-05").status());
    }
}
