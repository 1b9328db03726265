package io.careers.gateway.page;

import io.careers.contracts.page.Occupation;
import io.careers.gateway.payload.Article;
import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The schema.org JSON-LD of a career page: the {@code Article}, and an {@code Occupation} per
 * occupation of the salary section with its national wages as {@code estimatedSalary}. Ordered
 * maps, so equal content serialises, and hashes for the ETag, the same way every time.
 */
final class StructuredData {
    private StructuredData() {
    }

    /**
     * @param article     the article
     * @param occupations the salary section's occupations (empty when it is unavailable)
     * @param pageUrl     the page's canonical address on the web site
     * @return the JSON-LD object
     */
    static Map<String, Object> of(Article article, List<Occupation> occupations, String pageUrl) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("@type", "Article");
        page.put("headline", article.title());
        putIfPresent(page, "description", article.summary());
        putIfPresent(page, "datePublished", article.publishedAt() == null ? null : article.publishedAt().toString());
        putIfPresent(page, "dateModified", article.revisedAt() == null ? null : article.revisedAt().toString());
        if (!article.tags().isEmpty()) {
            page.put("keywords", String.join(", ", article.tags()));
        }
        page.put("mainEntityOfPage", pageUrl);
        List<Object> graph = new ArrayList<>();
        graph.add(page);
        occupations.forEach(occupation -> graph.add(occupation(occupation, pageUrl)));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@context", "https://schema.org");
        data.put("@graph", graph);
        return data;
    }

    private static Map<String, Object> occupation(Occupation occupation, String pageUrl) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("@type", "Occupation");
        node.put("name", occupation.title());
        node.put("occupationalCategory", occupation.code());
        // Not Map.of: its order changes from one JVM to the next, and so would the ETag between instances.
        Map<String, Object> country = new LinkedHashMap<>();
        country.put("@type", "Country");
        country.put("name", "United States");
        node.put("occupationLocation", country);
        Map<String, Object> salary = salary(occupation);
        if (salary != null) {
            node.put("estimatedSalary", List.of(salary));
        }
        node.put("mainEntityOfPage", pageUrl);
        return node;
    }

    /** The annual wages that are numbers; footnoted ones (top-coded, not released) are left out, never guessed. */
    @Nullable
    private static Map<String, Object> salary(Occupation occupation) {
        Occupation.Wages annual = occupation.annual();
        Map<String, Object> measures = new LinkedHashMap<>();
        putIfPresent(measures, "percentile10", annual.p10());
        putIfPresent(measures, "percentile25", annual.p25());
        putIfPresent(measures, "median", annual.median());
        putIfPresent(measures, "percentile75", annual.p75());
        putIfPresent(measures, "percentile90", annual.p90());
        if (measures.isEmpty()) {
            return null;
        }
        Map<String, Object> salary = new LinkedHashMap<>();
        salary.put("@type", "MonetaryAmountDistribution");
        salary.put("name", "base");
        salary.put("currency", "USD");
        salary.put("duration", "P1Y");
        salary.putAll(measures);
        putIfPresent(salary, "validFrom", occupation.referencePeriod());
        return salary;
    }

    private static void putIfPresent(Map<String, Object> node, String field, @Nullable Object value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
