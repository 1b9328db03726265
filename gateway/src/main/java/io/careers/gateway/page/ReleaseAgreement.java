package io.careers.gateway.page;

import io.careers.contracts.page.FigureCitation;
import io.careers.contracts.page.Occupation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A page never mixes two salary releases: the salary section shows, for each occupation, the release
 * the article's text shows for it. The text cannot be re-rendered here, and articles-service applies a
 * new release a moment after salary-service promotes it, so for that moment the salary section is
 * asked for the article's release instead of the current one.
 *
 * <p>Only live figures count: a token pinned to a period ({@code {{wage:29-2071:annual.median@2012-05}}})
 * shows that period on purpose, and projection figures cite no OEWS release.
 */
final class ReleaseAgreement {
    private ReleaseAgreement() {
    }

    /**
     * @param figures the article's figures with their citations
     * @return by SOC code, the OEWS release its live figures show
     */
    static Map<String, String> shownByArticle(List<FigureCitation> figures) {
        Map<String, String> releases = new HashMap<>();
        for (FigureCitation figure : figures) {
            String token = figure.token();
            if (figure.citation() == null || figure.citation().releaseId() == null || token.contains("@")) {
                continue;
            }
            String[] parts = token.replace("{{", "").replace("}}", "").split(":");
            if (parts.length >= 2) {
                // An option such as +dated follows the last part: {{period:29-2071+dated}}.
                int option = parts[1].indexOf('+');
                releases.put(option < 0 ? parts[1] : parts[1].substring(0, option), figure.citation().releaseId());
            }
        }
        return releases;
    }

    /**
     * @param article what the article shows, by SOC code
     * @param salary  the salary section's occupations
     * @return the codes to ask again, grouped by the release the article shows for them; empty when they agree
     */
    static Map<String, List<String>> disagreeing(Map<String, String> article, List<Occupation> salary) {
        Map<String, List<String>> byRelease = new TreeMap<>();
        for (Occupation occupation : salary) {
            String shown = article.get(occupation.code());
            if (shown != null && occupation.releaseId() != null && !shown.equals(occupation.releaseId())) {
                byRelease.computeIfAbsent(shown, k -> new ArrayList<>()).add(occupation.code());
            }
        }
        return byRelease;
    }

    /**
     * @param salary   the salary section's occupations, in order
     * @param asked    occupations asked again for the article's release
     * @param article  what the article shows, by SOC code
     * @return the section with each occupation that now agrees replaced, order kept
     */
    static List<Occupation> merge(List<Occupation> salary, List<Occupation> asked, Map<String, String> article) {
        Map<String, Occupation> agreeing = new HashMap<>();
        for (Occupation occupation : asked) {
            if (occupation.releaseId() != null && occupation.releaseId().equals(article.get(occupation.code()))) {
                agreeing.put(occupation.code(), occupation);
            }
        }
        return salary.stream().map(o -> agreeing.getOrDefault(o.code(), o)).toList();
    }
}
