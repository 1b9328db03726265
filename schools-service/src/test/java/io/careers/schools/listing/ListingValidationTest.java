package io.careers.schools.listing;

import com.fasterxml.jackson.databind.JsonNode;
import io.careers.contracts.EventSchema;
import io.careers.contracts.http.FieldError;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a listing body must be, beyond and including its schema, with the field of each problem. */
class ListingValidationTest {
    private static final String LISTING = """
        {"externalId": "mvcc-hit-aas",
         "institution": {"name": "Mohawk Valley Community College", "city": "Utica", "state": "NY"},
         "program": {"title": "Health Information Technology", "cipCode": "51.0707", "credential": "ASSOCIATE",
                     "delivery": "CAMPUS"},
         "sponsorship": {"campaignId": "spring-2026", "activeFrom": "2026-01-01", "activeTo": "2026-12-31", "priority": 1, "disclosure": "Sponsored"}}
        """;

    private static List<FieldError> check(String body) throws Exception {
        return ListingValidation.check(ListingValidation.parse(body), EventSchema.LISTING_DOCUMENT, "[3].");
    }

    @Test
    void aGoodListingHasNoProblem() throws Exception {
        assertEquals(List.of(), check(LISTING));
    }

    @Test
    void reversedOrImpossibleCampaignDatesAreNamed() throws Exception {
        List<FieldError> reversed = check(LISTING.replace("\"2026-12-31\"", "\"2025-12-31\""));
        assertEquals(1, reversed.size(), reversed.toString());
        assertEquals("[3].sponsorship.activeTo", reversed.get(0).field());
        assertTrue(reversed.get(0).message().contains("the campaign dates are reversed"));
        List<FieldError> impossible = check(LISTING.replace("\"2026-12-31\"", "\"2026-02-30\""));
        assertEquals("[3].sponsorship.activeTo", impossible.get(0).field(), impossible.toString());
    }

    @Test
    void schemaProblemsComeWithTheItemPrefix() throws Exception {
        List<FieldError> errors = check(LISTING.replace("\"51.0707\"", "\"51-0707\""));
        assertEquals("[3].program.cipCode", errors.get(0).field(), errors.toString());
        JsonNode notAnObject = ListingValidation.parse("[]");
        assertEquals(List.of(new FieldError("[3]", "must be a JSON object")),
            ListingValidation.check(notAnObject, EventSchema.LISTING_DOCUMENT, "[3]."));
    }
}
