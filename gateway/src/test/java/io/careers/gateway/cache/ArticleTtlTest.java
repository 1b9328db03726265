package io.careers.gateway.cache;

import io.careers.contracts.page.Citation;
import io.careers.contracts.page.FigureCitation;
import io.careers.gateway.payload.Article;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ArticleTtlTest {
    private static final CacheSettings SETTINGS = new CacheSettings(Duration.ofSeconds(60), Duration.ofSeconds(5),
        Duration.ofSeconds(60), Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofSeconds(5), Duration.ofHours(24),
        100, 32L << 20, Duration.ofSeconds(3), Duration.ofMillis(20));
    private static final ArticleTtl TTL = new ArticleTtl(SETTINGS);
    private static final FigureCitation BOUND = new FigureCitation("{{wage:29-2071:annual.median}}", "$34,970",
        new Citation("BLS OEWS", "OEWS-2013-05", "2013-05"));
    private static final FigureCitation WITHOUT_DATA = new FigureCitation("{{wage:31-9092:annual.median}}",
        "not available", null);

    private static Optional<Article> article(FigureCitation... figures) {
        return Optional.of(new Article("medical-records-administration", "Medical Records Administration", null, null,
            List.of(), List.of(), List.of(figures), List.of("29-2071"), List.of(), List.of(), List.of(), 1, null, null,
            List.of(), null, null));
    }

    @Test
    void anArticleWhoseFiguresAllCiteTheirDataIsKeptTheArticleTtl() {
        assertEquals(Duration.ofSeconds(60), TTL.of(article(BOUND), false));
        assertEquals(Duration.ofSeconds(60), TTL.of(article(), false));
    }

    @Test
    void anArticleShowingAFigureWithoutDataIsAskedAgainAsSoonAsANotFound() {
        assertEquals(Duration.ofSeconds(5), TTL.of(article(BOUND, WITHOUT_DATA), false));
    }

    @Test
    void whileFiguresSettleEveryArticleIsKeptTheSettlingTtl() {
        assertEquals(Duration.ofMillis(20), TTL.of(article(BOUND), true));
        assertEquals(Duration.ofMillis(20), TTL.of(article(WITHOUT_DATA), true));
    }

    @Test
    void noSuchArticleIsKeptTheNotFoundTtl() {
        assertEquals(Duration.ofSeconds(5), TTL.of(Optional.empty(), true));
        assertEquals(Duration.ofSeconds(5), TTL.of(Optional.empty(), false));
    }
}
