package io.careers.schools.listing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The partner API's bodies are read as text, so the OpenAPI document gets their types from the
 * operations' request bodies: a client generated from it must see listing documents, not strings.
 */
class PartnerApiDocumentTest {
    @Test
    void partnerBodiesAreDescribedAsListingDocuments() throws IOException {
        JsonNode document;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/swagger/schools-service-1.yml")) {
            assertNotNull(in, "the OpenAPI document is generated at build time");
            document = new YAMLMapper().readTree(in);
        }
        JsonNode paths = document.path("paths");
        assertEquals("#/components/schemas/ListingDocument", bodySchema(paths.path("/api/v1/partner/listings/{externalId}").path("put")));
        assertEquals("#/components/schemas/ListingBatch", bodySchema(paths.path("/api/v1/partner/listings/batch").path("post")));
        JsonNode listings = document.path("components").path("schemas").path("ListingBatch").path("properties").path("listings");
        assertEquals("array", listings.path("type").asText());
        assertEquals(PartnerListingController.MAX_BATCH, listings.path("maxItems").asInt());
        assertEquals("#/components/schemas/ListingDocument", listings.path("items").path("$ref").asText());
    }

    private static String bodySchema(JsonNode operation) {
        return operation.path("requestBody").path("content").path("application/json").path("schema").path("$ref").asText();
    }
}
