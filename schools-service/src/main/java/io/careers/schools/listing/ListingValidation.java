package io.careers.schools.listing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.careers.contracts.ContractJson;
import io.careers.contracts.ContractSchemas;
import io.careers.contracts.EventSchema;
import io.careers.contracts.http.FieldError;
import io.careers.contracts.schools.ListingDocument;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a listing document: the contract's schema (CIP, state, enums, URL, lengths, priority
 * range), then what a schema cannot say (campaign dates in order, real calendar dates). Names stay
 * text: markup in them is stored as typed and is never rendered by this service.
 */
final class ListingValidation {
    private ListingValidation() {
    }

    /**
     * @param document a JSON document
     * @param schema   {@code LISTING_DOCUMENT} (API) or {@code PARTNER_LISTING} (feed)
     * @param prefix   field prefix for errors, e.g. {@code [3].} in a batch
     * @return the problems, by field
     */
    static List<FieldError> check(JsonNode document, EventSchema schema, String prefix) {
        List<FieldError> errors = new ArrayList<>();
        if (document == null || !document.isObject()) {
            errors.add(new FieldError(prefix.isEmpty() ? "body" : prefix.substring(0, prefix.length() - 1),
                "must be a JSON object"));
            return errors;
        }
        ContractSchemas.validate(schema, document)
            .forEach(v -> errors.add(new FieldError(prefix + v.field(), v.message())));
        if (errors.isEmpty()) {
            errors.addAll(checkRules(document, prefix));
        }
        return errors;
    }

    /**
     * @param document a schema-valid listing document
     * @param prefix   field prefix for errors
     * @return what the schema cannot say: real calendar dates, campaign dates in order
     */
    static List<FieldError> checkRules(JsonNode document, String prefix) {
        List<FieldError> errors = new ArrayList<>();
        JsonNode sponsorship = document.path("sponsorship");
        if (sponsorship.isObject()) {
            // A listing names its campaign; the dates it may repeat are checked here, and against the campaign later.
            LocalDate from = date(sponsorship.path("activeFrom"), prefix + "sponsorship.activeFrom", errors);
            LocalDate to = date(sponsorship.path("activeTo"), prefix + "sponsorship.activeTo", errors);
            if (from != null && to != null && to.isBefore(from)) {
                errors.add(new FieldError(prefix + "sponsorship.activeTo",
                    "must not be before activeFrom (" + from + "); the campaign dates are reversed"));
            }
        }
        return errors;
    }

    static ListingDocument bind(JsonNode document) {
        try {
            return ContractJson.bind(document, ListingDocument.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a schema-valid listing did not bind: " + e.getOriginalMessage(), e);
        }
    }

    static JsonNode parse(String body) throws JsonProcessingException {
        return ContractJson.readTree(body);
    }

    private static LocalDate date(JsonNode value, String field, List<FieldError> errors) {
        if (!value.isTextual()) {
            return null;
        }
        String text = value.asText();
        try {
            return LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            errors.add(new FieldError(field, "is not a calendar date: " + text));
            return null;
        }
    }
}
