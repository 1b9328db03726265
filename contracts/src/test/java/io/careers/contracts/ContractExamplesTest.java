package io.careers.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The example documents of contracts.md are valid, and typical mistakes are reported by field and rule. */
class ContractExamplesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode example(String name) throws IOException {
        try (InputStream in = ContractExamplesTest.class.getResourceAsStream("/examples/" + name + ".json")) {
            return JSON.readTree(in);
        }
    }

    @ParameterizedTest
    @CsvSource({
        "wage-estimate, WAGE_ESTIMATE",
        "release-completion, RELEASE_COMPLETION",
        "employment-projection, EMPLOYMENT_PROJECTION",
        "soc-crosswalk-link, SOC_CROSSWALK_LINK",
        "listing-document, LISTING_DOCUMENT",
        "partner-listing, PARTNER_LISTING"
    })
    void examplesOfTheContractAreValid(String example, EventSchema schema) throws IOException {
        assertEquals(List.of(), ContractSchemas.validate(schema, example(example)));
    }

    @Test
    void unknownFieldsAreAccepted() throws IOException {
        ObjectNode doc = (ObjectNode) example("wage-estimate");
        doc.put("someFutureField", "x");
        assertEquals(List.of(), ContractSchemas.validate(EventSchema.WAGE_ESTIMATE, doc));
    }

    @Test
    void badWageEstimateNamesEveryFieldAndRule() throws IOException {
        ObjectNode doc = (ObjectNode) example("wage-estimate");
        ((ObjectNode) doc.get("occupation")).put("code", "292071");
        ((ObjectNode) doc.get("area")).put("code", "00");
        ((ObjectNode) doc.get("area")).put("type", "GALAXY");
        ((ObjectNode) doc.get("wages").get("annual")).put("median", -1);
        doc.put("referencePeriod", "2013-13");
        doc.remove("revision");
        doc.set("footnotes", JSON.readTree("{\"annual.p99\": \"TOP_CODED\", \"hourly.p90\": \"MADE_UP\"}"));

        List<SchemaViolation> violations = ContractSchemas.validate(EventSchema.WAGE_ESTIMATE, doc);
        List<String> fields = violations.stream().map(SchemaViolation::field).toList();
        assertTrue(fields.containsAll(List.of("occupation.code", "area.code", "area.type", "wages.annual.median",
            "referencePeriod", "revision", "footnotes.hourly.p90")), violations.toString());
        assertTrue(violations.stream().anyMatch(v -> v.field().equals("revision") && v.message().equals("is required")));
        assertTrue(violations.stream().anyMatch(v -> v.field().equals("occupation.code") && v.message().contains("pattern")),
            violations.toString());
        assertTrue(violations.stream().anyMatch(v -> v.message().contains("annual.p99")), violations.toString());
    }

    @Test
    void wrongTypesAreReported() throws IOException {
        ObjectNode doc = (ObjectNode) example("wage-estimate");
        doc.put("employment", "many");
        doc.put("revision", 1.5);
        List<SchemaViolation> violations = ContractSchemas.validate(EventSchema.WAGE_ESTIMATE, doc);
        assertTrue(violations.stream().anyMatch(v -> v.field().equals("employment")), violations.toString());
        assertTrue(violations.stream().anyMatch(v -> v.field().equals("revision")), violations.toString());
    }

    @Test
    void badListingIsReportedByField() throws IOException {
        ObjectNode doc = (ObjectNode) example("listing-document");
        ((ObjectNode) doc.get("program")).put("cipCode", "51-0707");
        ((ObjectNode) doc.get("program")).put("credential", "PHD");
        ((ObjectNode) doc.get("institution")).put("state", "XX");
        ((ObjectNode) doc.get("institution")).put("website", "javascript:alert(1)");
        ((ObjectNode) doc.get("sponsorship")).put("priority", 5000);
        List<String> fields = ContractSchemas.validate(EventSchema.LISTING_DOCUMENT, doc).stream()
            .map(SchemaViolation::field).toList();
        assertTrue(fields.containsAll(List.of("program.cipCode", "program.credential", "institution.state",
            "institution.website", "sponsorship.priority")), fields.toString());
    }

    @Test
    void partnerFeedRequiresPartnerId() throws IOException {
        JsonNode doc = example("listing-document");
        assertEquals(List.of(new SchemaViolation("partnerId", "is required")),
            ContractSchemas.validate(EventSchema.PARTNER_LISTING, doc));
    }

    @Test
    void aCompletionOfAPartNamesEveryPartAndOnlyWellFormedNames() throws IOException {
        ObjectNode part = (ObjectNode) example("release-completion");
        part.put("part", "state");
        assertEquals(List.of(new SchemaViolation("parts", "is required with part")),
            ContractSchemas.validate(EventSchema.RELEASE_COMPLETION, part), "a part without the list of parts");
        part.set("parts", JSON.readTree("[\"national\", \"state\", \"State Files\"]"));
        List<SchemaViolation> violations = ContractSchemas.validate(EventSchema.RELEASE_COMPLETION, part);
        assertEquals(List.of("parts.2"), violations.stream().map(SchemaViolation::field).toList(), violations.toString());
        part.set("parts", JSON.readTree("[\"national\", \"state\"]"));
        assertEquals(List.of(), ContractSchemas.validate(EventSchema.RELEASE_COMPLETION, part));
    }
}
