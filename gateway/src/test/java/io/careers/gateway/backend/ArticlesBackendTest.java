package io.careers.gateway.backend;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.careers.gateway.StandIns;
import io.careers.gateway.payload.Article;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What articles-service sends is checked field by field and its HTML cleaned again. */
class ArticlesBackendTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void readsAContractArticle() throws Exception {
        Article article = ArticlesBackend.article(JSON.readTree(StandIns.articleJson("medical-records-administration",
            "Medical Records Administration", List.of("29-2071"), List.of("51.0707"))));
        assertEquals("medical-records-administration", article.slug());
        assertEquals(List.of("29-2071"), article.occupations());
        assertEquals("<p>As of May 2013, the median was $34,970.</p>\n", article.sections().get(0).html());
    }

    @Test
    void cleansHtmlAndKeepsSafeLinks() {
        assertEquals("<p>Hi<a href=\"https://www.bls.gov\" rel=\"nofollow\">BLS</a><a href=\"/careers/x\">x</a><a>bad</a></p>",
            SafeHtml.clean("<p onclick=\"x()\">Hi<script>alert(1)</script><a href=\"https://www.bls.gov\" rel=\"nofollow\">BLS</a>"
                + "<a href=\"/careers/x\">x</a><a href=\"javascript:alert(1)\">bad</a></p>"));
    }

    @Test
    void refusesAnswersOffContract() throws Exception {
        String wrong = StandIns.articleJson("x", "X", List.of("not-a-code"), List.of());
        assertThrows(MalformedResponseException.class, () -> ArticlesBackend.article(JSON.readTree(wrong)));
        String noTitle = StandIns.articleJson("x", "X", List.of(), List.of()).replace("\"title\": \"X\"", "\"title\": 42");
        assertThrows(MalformedResponseException.class, () -> ArticlesBackend.article(JSON.readTree(noTitle)));
    }
}
