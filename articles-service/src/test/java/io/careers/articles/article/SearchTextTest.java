package io.careers.articles.article;

import io.careers.contracts.api.articles.Seo;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SearchTextTest {
    @Test
    void headingsAndWordsStayTokensLinkTargetsAndMarksGo() {
        ArticleContent content = new ArticleContent("Title", "title", null, null, List.of(),
            List.of(new Section("## Pay", "The median was **{{wage:29-2071:annual.median}}**; see [AHIMA](https://www.ahima.org)."),
                new Section(null, "> Quote with `code` and _emphasis_")),
            List.of(), List.of(), List.of(), List.of(), new Seo(null, null));
        assertEquals("Pay\nThe median was    ; see  AHIMA .\n\n  Quote with  code  and  emphasis", SearchText.of(content));
    }
}
