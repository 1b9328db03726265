package io.careers.gateway.page;

import io.careers.contracts.page.Occupation;
import io.careers.gateway.payload.Article;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class StructuredDataTest {
    private static final Article ARTICLE = new Article("medical-records-administration", "Medical Records Administration",
        "Duties and pay.", "healthcare", List.of(), List.of(), List.of(), List.of("29-2071"), List.of(), List.of(), List.of(), 3,
        Instant.parse("2026-01-05T10:00:00Z"), Instant.parse("2026-02-01T10:00:00Z"), List.of("medical records", "health"),
        null, null);
    private static final String URL = "https://careers.example/careers/medical-records-administration";

    @Test
    void theArticleAndEachOccupationWithTheWagesThatAreNumbers() {
        Occupation technicians = new Occupation("29-2071", "Medical Records and Health Information Technicians",
            "OEWS-2013-05", "2013-05", 182_370L,
            new Occupation.Wages(new BigDecimal("37250"), null, new BigDecimal("27000"), new BigDecimal("34970"), null, null),
            new Occupation.Wages(null, null, null, null, null, null), Map.of("annual.p90", "TOP_CODED"), null, List.of());
        Map<String, Object> data = StructuredData.of(ARTICLE, List.of(technicians), URL);

        assertEquals("https://schema.org", data.get("@context"));
        List<?> graph = (List<?>) data.get("@graph");
        assertEquals(Map.of("@type", "Article", "headline", "Medical Records Administration", "description", "Duties and pay.",
            "datePublished", "2026-01-05T10:00:00Z", "dateModified", "2026-02-01T10:00:00Z",
            "keywords", "medical records, health", "mainEntityOfPage", URL), graph.get(0));
        Map<?, ?> occupation = (Map<?, ?>) graph.get(1);
        assertEquals("Occupation", occupation.get("@type"));
        assertEquals("29-2071", occupation.get("occupationalCategory"));
        Map<?, ?> salary = (Map<?, ?>) ((List<?>) occupation.get("estimatedSalary")).get(0);
        assertEquals(new BigDecimal("34970"), salary.get("median"));
        assertEquals(new BigDecimal("27000"), salary.get("percentile25"));
        assertFalse(salary.containsKey("percentile90"), "a top-coded measure is left out, never guessed");
        assertEquals("USD", salary.get("currency"));
    }

    @Test
    void anOccupationWithoutWageNumbersHasNoEstimatedSalary() {
        Occupation none = new Occupation("27-2042", "Musicians and Singers", "OEWS-2013-05", "2013-05", null,
            new Occupation.Wages(null, null, null, null, null, null), new Occupation.Wages(null, null, null, null, null, null),
            Map.of("annual.median", "HOURLY_ONLY"), null, List.of());
        Map<?, ?> occupation = (Map<?, ?>) ((List<?>) StructuredData.of(ARTICLE, List.of(none), URL).get("@graph")).get(1);
        assertFalse(occupation.containsKey("estimatedSalary"));
    }
}
