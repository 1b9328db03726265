package io.careers.articles.article;

import io.careers.contracts.api.articles.Seo;
import io.careers.contracts.api.articles.Video;
import io.careers.contracts.http.FieldError;
import io.careers.contracts.problem.DomainException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleValidationTest {
    private static final UUID RELATED = UUID.fromString("3f2c9a10-8d7e-4b1a-9c3e-2a1b0c9d8e7f");

    private static ArticleInput input(String title, String slug, List<String> occupations, List<String> programs,
                                      List<String> related, List<Video> videos) {
        return new ArticleInput(title, slug, "  A summary  ", "healthcare", List.of("Health", "health", "Records"),
            List.of(new Section("Salary", "As of {{period:29-2071}}, the median was {{wage:29-2071:annual.median}}.")),
            occupations, programs, related, videos, new Seo("SEO title", null), 3);
    }

    @Test
    void aGoodInputIsNormalised() {
        ArticleContent content = ArticleValidation.validate(input("  Medical Records  ", "medical-records",
            List.of(" 29-2071 ", "29-2071", "31-9092"), List.of("51.0707"), List.of(RELATED.toString()),
            List.of(new Video("Tour", null, "https://videos.example/tour"))));
        assertEquals("Medical Records", content.title());
        assertEquals("A summary", content.summary());
        assertEquals(List.of("health", "records"), content.tags(), "tags lowercased, each once, in order");
        assertEquals(List.of("29-2071", "31-9092"), content.occupations(), "codes stripped, each once");
        assertEquals(List.of(RELATED), content.relatedArticleIds());
    }

    @Test
    void everyProblemIsNamedAtOnce() {
        DomainException refused = assertThrows(DomainException.class, () -> ArticleValidation.validate(
            input(" ", "Not A Slug", List.of("292071"), List.of("51-0707"), List.of("not-a-uuid"),
                List.of(new Video("Tour", null, "javascript:alert(1)")))));
        assertEquals(DomainException.Kind.INVALID, refused.kind());
        Map<String, String> errors = refused.errors().stream()
            .collect(Collectors.toMap(FieldError::field, FieldError::message, (a, b) -> a + " / " + b));
        assertEquals("is required", errors.get("title"));
        assertTrue(errors.get("slug").startsWith("must be lowercase letters and digits"), errors.get("slug"));
        assertTrue(errors.get("occupations[0]").startsWith("must be a SOC code"), errors.get("occupations[0]"));
        assertTrue(errors.get("programs[0]").startsWith("must be a CIP code"), errors.get("programs[0]"));
        assertTrue(errors.get("relatedArticleIds[0]").contains("is not an article id"));
        assertEquals("must be an absolute http or https URL", errors.get("videos[0].url"));
        assertEquals(6, errors.size(), errors.toString());
    }

    @Test
    void aMalformedFigureTokenIsNamedWithItsSection() {
        ArticleInput bad = new ArticleInput("Title", null, null, null, null,
            List.of(new Section("Pay", "{{wage:29-2071:annual.p99}}")), null, null, null, null, null, null);
        DomainException refused = assertThrows(DomainException.class, () -> ArticleValidation.validate(bad));
        assertEquals("sections[0].markdown", refused.errors().get(0).field());
        assertTrue(refused.errors().get(0).message().contains("unknown measure 'annual.p99'"),
            refused.errors().get(0).message());
    }

    @Test
    void limitsAreEnforced() {
        ArticleInput tooMuch = new ArticleInput("t".repeat(201), null, null, null,
            java.util.Collections.nCopies(31, "tag"), null, java.util.Collections.nCopies(21, "29-2071"), null, null,
            null, null, null);
        List<String> fields = assertThrows(DomainException.class, () -> ArticleValidation.validate(tooMuch)).errors()
            .stream().map(FieldError::field).toList();
        assertTrue(fields.containsAll(List.of("title", "tags", "occupations")), fields.toString());
    }
}
