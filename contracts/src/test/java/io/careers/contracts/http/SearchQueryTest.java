package io.careers.contracts.http;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchQueryTest {
    @Test
    void keepsLettersAndDigitsOnlySoNothingReachesTheQueryLanguage() {
        List<FieldError> errors = new ArrayList<>();
        SearchQuery query = SearchQuery.check("  Medical RECORDS' & !(admin):*  Größe 2024 ", "q", errors);
        assertEquals(List.of(), errors);
        assertEquals(List.of("medical", "records", "admin", "größe", "2024"), query.words());
        assertEquals("medical:* & records:* & admin:* & größe:* & 2024:*", query.prefixQuery());
        assertEquals("medical records admin größe 2024", query.text());
    }

    @Test
    void namesTheFieldWhenThereIsNoWordOrTooMuch() {
        assertNull(SearchQuery.check(null, "q", new ArrayList<>()), "no query is not an error");
        for (String bad : List.of("", "  ", "&|!:*", "x".repeat(201), "a b c d e f g h i j k")) {
            List<FieldError> errors = new ArrayList<>();
            assertNull(SearchQuery.check(bad, "q", errors), bad);
            assertEquals(1, errors.size(), bad);
            assertEquals("q", errors.get(0).field());
            assertTrue(!errors.get(0).message().contains(bad) || bad.isBlank(), "never echoes the query: " + errors);
        }
    }
}
