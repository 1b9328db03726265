package io.careers.gateway.backend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.careers.contracts.id.IdentifierFormat;
import io.careers.contracts.schools.Delivery;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each reader takes only what the contract allows and names the field it refused. */
class UntrustedTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    private static String refusal(Runnable read) {
        return assertThrows(MalformedResponseException.class, read::run).getMessage();
    }

    @Test
    void textsAreStringsWithinTheirLength() throws Exception {
        JsonNode node = json("{\"title\": \"Medical\", \"long\": \"abcdef\", \"number\": 4, \"none\": null}");
        assertEquals("Medical", Untrusted.text(node, "title", 10));
        assertNull(Untrusted.optionalText(node, "none", 10));
        assertNull(Untrusted.optionalText(node, "missing", 10));
        assertTrue(refusal(() -> Untrusted.text(node, "long", 5)).startsWith("long: expected a string of at most 5"));
        assertTrue(refusal(() -> Untrusted.text(node, "number", 5)).startsWith("number: expected a string"));
        assertEquals("missing: expected a string", refusal(() -> Untrusted.text(node, "missing", 5)));
    }

    @Test
    void identifiersMustHaveTheirFormat() throws Exception {
        JsonNode node = json("{\"soc\": \"29-2071\", \"bad\": \"292071\", \"slug\": \"Not A Slug\", \"codes\": [\"29-2071\", 7]}");
        assertEquals("29-2071", Untrusted.identifier(node, "soc", IdentifierFormat.SOC));
        assertTrue(refusal(() -> Untrusted.identifier(node, "bad", IdentifierFormat.SOC)).startsWith("bad: must be a SOC code"));
        assertTrue(refusal(() -> Untrusted.slug(node, "slug")).startsWith("slug: must be a slug"));
        assertEquals("codes: expected a string",
            refusal(() -> Untrusted.list(node, "codes", c -> Untrusted.identifierItem(c, "codes", IdentifierFormat.SOC))));
    }

    @Test
    void numbersCountsFlagsAndInstants() throws Exception {
        JsonNode node = json("{\"n\": 12.5, \"count\": 3, \"negative\": -1, \"flag\": true, \"at\": \"2013-05-01T00:00:00Z\","
            + " \"notAt\": \"May 2013\"}");
        assertEquals(new BigDecimal("12.5"), Untrusted.optionalNumber(node, "n"));
        assertEquals(3, Untrusted.count(node, "count"));
        assertTrue(refusal(() -> Untrusted.count(node, "negative")).startsWith("negative: expected a whole number"));
        assertTrue(Untrusted.bool(node, "flag"));
        assertEquals(Instant.parse("2013-05-01T00:00:00Z"), Untrusted.optionalInstant(node, "at"));
        assertEquals("notAt: not an ISO-8601 instant", refusal(() -> Untrusted.optionalInstant(node, "notAt")));
    }

    @Test
    void onlyAbsoluteWebUrlsPass() throws Exception {
        JsonNode node = json("{\"a\": \"https://www.bls.gov/oes/\", \"b\": \"javascript:alert(1)\", \"c\": \"/relative\"}");
        assertEquals("https://www.bls.gov/oes/", Untrusted.webUrl(node, "a"));
        assertNull(Untrusted.webUrl(node, "b"));
        assertNull(Untrusted.webUrl(node, "c"));
    }

    @Test
    void enumsAndListsAreBounded() throws Exception {
        JsonNode node = json("{\"delivery\": \"ONLINE\", \"other\": \"TELEPATHY\"}");
        assertEquals("ONLINE", Untrusted.enumName(node, "delivery", Delivery.class));
        assertEquals("other: 'TELEPATHY' is not a Delivery", refusal(() -> Untrusted.enumName(node, "other", Delivery.class)));
        JsonNode many = json("{\"items\": [" + "1,".repeat(500) + "1]}");
        assertTrue(refusal(() -> Untrusted.list(many, "items", n -> n)).startsWith("items: expected an array of at most 500"));
        assertEquals(List.of("a"), Untrusted.texts(json("{\"t\": [\"a\"]}"), "t", 5));
    }
}
