package io.careers.articles.render;

import io.careers.articles.figure.FigureResolver;
import io.careers.articles.figure.OccupationFigures;
import io.careers.contracts.api.articles.Citation;
import io.careers.contracts.api.articles.FigureCitation;
import io.careers.contracts.salary.Lineage;
import io.careers.contracts.salary.NationalFigures;
import io.careers.contracts.salary.TopCodes;
import io.careers.contracts.salary.WageMeasures;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Markdown becomes safe HTML, and tokens become figures, escaped like any other text. */
class ArticleRendererTest {
    private static final NationalFigures MAY_2013 = new NationalFigures("OEWS-2013-05", "2013-05", 182_370L, null,
        new WageMeasures(null, null, null, new BigDecimal("34970"), null, null), Map.of());
    private static final Map<String, OccupationFigures> FIGURES = Map.of("29-2071", new OccupationFigures("29-2071",
        "Medical Records and Health Information Technicians", MAY_2013, List.of(MAY_2013), null, Map.of(), Lineage.none()));

    private final ArticleRenderer renderer = new ArticleRenderer(null, new FigureResolver(new TopCodes("2021-05")));

    private String html(String markdown) {
        return renderer.render(List.of(markdown), FIGURES).html().get(0);
    }

    @Test
    void fillsInFiguresAndCitesTheirRelease() {
        Rendering rendering = renderer.render(List.of(
            "As of {{period:29-2071}}, the median annual salary was **{{wage:29-2071:annual.median}}**.",
            "About {{employment:29-2071}}."), FIGURES);

        assertEquals("<p>As of May 2013, the median annual salary was <strong>$34,970</strong>.</p>\n", rendering.html().get(0));
        assertEquals("<p>About 182,370 jobs.</p>\n", rendering.html().get(1));
        Citation may2013 = new Citation("BLS OEWS", "OEWS-2013-05", "2013-05");
        assertEquals(List.of(may2013), rendering.citations());
        assertEquals(List.of(new FigureCitation("{{period:29-2071}}", "May 2013", may2013),
            new FigureCitation("{{wage:29-2071:annual.median}}", "$34,970", may2013),
            new FigureCitation("{{employment:29-2071}}", "182,370 jobs", may2013)), rendering.figures(),
            "each figure once, in order, with its source");
    }

    @Test
    void tokensInCodeStayAsWritten() {
        assertEquals("<p>Write <code>{{wage:29-2071:annual.median}}</code> to show $34,970.</p>\n",
            html("Write `{{wage:29-2071:annual.median}}` to show {{wage:29-2071:annual.median}}."));
    }

    @Test
    void rawHtmlIsEscaped() {
        String html = html("<script>alert(1)</script>\n\nHello <img src=x onerror=alert(1)> world");
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<img"), html);
        assertTrue(html.contains("&lt;script&gt;"), html);
        assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"), html);
    }

    @Test
    void unsafeLinksAreRemoved() {
        String html = html("[click](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=) "
            + "[mixed](JaVaScRiPt:alert(1)) ![img](javascript:alert(1)) [ok](https://www.bls.gov/oes/) [rel](/careers/x)");
        assertFalse(html.toLowerCase().contains("javascript:"), html);
        assertFalse(html.contains("data:text"), html);
        assertTrue(html.contains("<a rel=\"nofollow\" href=\"https://www.bls.gov/oes/\">ok</a>"), html);
        assertTrue(html.contains("<a rel=\"nofollow\" href=\"/careers/x\">rel</a>"), html);
    }

    @Test
    void attributesCannotBeBrokenOutOf() {
        String html = html("[x](https://example.com/\"onmouseover=\"alert(1) \"title\\\" onclick=\\\"x\")");
        assertFalse(html.contains("\" onclick"), html);
        assertFalse(html.contains("\"onmouseover"), html);
    }
}
