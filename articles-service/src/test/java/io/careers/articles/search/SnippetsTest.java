package io.careers.articles.search;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SnippetsTest {
    @Test
    void theTextIsEscapedAndOnlyTheMarksBecomeHtml() {
        assertEquals("keep <mark>medical</mark> records &amp; &lt;b&gt;charts&lt;/b&gt; &quot;a&quot; &#39;b&#39;",
            Snippets.html("  keep \u0002medical\u0003\n  records & <b>charts</b> \"a\" 'b' "));
    }
}
