package io.careers.contracts.id;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.serde.annotation.Serdeable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdentifiersTest {
    private static final ObjectMapper SERDE = ObjectMapper.getDefault();
    private static final com.fasterxml.jackson.databind.ObjectMapper JACKSON = new com.fasterxml.jackson.databind.ObjectMapper();

    @Serdeable
    record Holder(SocCode soc, CipCode cip, Slug slug, ReferencePeriod period, ReleaseId release, StateCode state) {
    }

    private static final Holder HOLDER = new Holder(new SocCode("29-2071"), new CipCode("51.0707"),
        new Slug("medical-records-administration"), new ReferencePeriod("2013-05"), new ReleaseId("OEWS-2013-05"),
        new StateCode("NY"));
    private static final String JSON = "{\"soc\":\"29-2071\",\"cip\":\"51.0707\",\"slug\":\"medical-records-administration\","
        + "\"period\":\"2013-05\",\"release\":\"OEWS-2013-05\",\"state\":\"NY\"}";

    @Test
    void micronautSerdeWritesAndReadsPlainStrings() throws IOException {
        assertEquals(JSON, SERDE.writeValueAsString(HOLDER));
        assertEquals(HOLDER, SERDE.readValue(JSON, Holder.class));
        assertEquals(List.of(new SocCode("29-2071")), SERDE.readValue("[\"29-2071\"]", Argument.listOf(SocCode.class)));
    }

    @Test
    void jacksonWritesAndReadsPlainStrings() throws IOException {
        assertEquals(JACKSON.readTree(JSON), JACKSON.readTree(JACKSON.writeValueAsString(HOLDER)));
        assertEquals(HOLDER, JACKSON.readValue(JSON, Holder.class));
    }

    @Test
    void badTextInJsonIsRefusedWithTheFormat() {
        Exception serde = assertThrows(Exception.class,
            () -> SERDE.readValue(JSON.replace("29-2071", "29-207"), Holder.class));
        assertTrue(messages(serde).contains("must be a SOC code NN-NNNN"), messages(serde));
        Exception jackson = assertThrows(Exception.class,
            () -> JACKSON.readValue(JSON.replace("\"NY\"", "\"XX\""), Holder.class));
        assertTrue(messages(jackson).contains("must be a USPS state or territory code"), messages(jackson));
    }

    @ParameterizedTest
    @CsvSource({
        "SOC, 29-2071, 29-207|292071|29-20711|ab-cdef",
        "CIP, 51.0707, 51-0707|5.0707|51.070",
        "SLUG, medical-records, Medical|-a|a-|a--b|a b",
        "REFERENCE_PERIOD, 2013-05, 2013-13|2013-00|2013-5|13-05",
        "PROJECTION_PERIOD, 2012-2022, 2012-22|2012",
        "RELEASE_ID, OEWS-2013-05, OEWS 2013|OEWS-é",
        "AREA_CODE, 0000000, 000000|00000000|A000000",
        "LISTING_ID, abc_DEF-1, -abc|a b|a/b",
        "PARTNER_ID, mohawk-valley-cc, M|a|a_b",
        "CAMPAIGN_ID, spring.hit~2026_A-1, a b|a/b|a{b",
        "STATE_CODE, NY, XX|ny|NYC",
    })
    void eachFormatAcceptsItsFormAndNamesWhatIsWrong(IdentifierFormat format, String good, String bads) {
        assertTrue(format.matches(good));
        assertNull(format.problem(good));
        for (String bad : bads.split("\\|")) {
            assertFalse(format.matches(bad), bad);
            assertEquals(format.problem(bad), assertThrows(InvalidIdentifierException.class, () -> format.require(bad))
                .getMessage());
            assertTrue(format.problem(bad).endsWith("; was '" + bad + "'"), format.problem(bad));
        }
        assertFalse(format.matches(null));
        assertTrue(format.problem(null).endsWith("; was nothing"));
    }

    @Test
    void slugsAreBounded() {
        assertFalse(IdentifierFormat.SLUG.matches("a".repeat(201)));
        assertTrue(IdentifierFormat.SLUG.matches("a".repeat(200)));
    }

    @Test
    void valueTypesAreEqualByTextUsableAsKeysAndSortable() {
        Map<SocCode, String> titles = Map.of(new SocCode("29-2071"), "Medical Records");
        assertEquals("Medical Records", titles.get(new SocCode("29-2071")));
        assertEquals("29-2071", new SocCode("29-2071").toString());
        assertTrue(new SocCode("29-2071").compareTo(new SocCode("31-9092")) < 0);
        assertThrows(InvalidIdentifierException.class, () -> new SocCode(null));
    }

    private static String messages(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            text.append(t.getMessage()).append(" / ");
        }
        return text.toString();
    }
}
