package io.careers.salary.estimate;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Fields as COPY's text format reads them: nothing in a title can end a field or a row. */
class CopyTextTest {
    private static String field(String value) {
        return CopyText.field(new StringBuilder(), value).toString();
    }

    @Test
    void plainTextIsWrittenAsItIs() {
        assertEquals("Medical Records and Health Information Technicians",
            field("Medical Records and Health Information Technicians"));
    }

    @Test
    void separatorsAndBackslashesAreEscaped() {
        assertEquals("a\\tb\\nc\\rd\\\\e", field("a\tb\nc\rd\\e"));
    }

    @Test
    void nullIsTheNullMarker() {
        assertEquals("\\N", field(null));
    }
}
