package io.careers.gateway.cache;

import io.careers.gateway.payload.Article;

import java.time.Duration;
import java.util.Optional;

/**
 * How long an article is kept. Its HTML carries figures rendered by articles-service from its copy
 * of the salary events, so an article is kept for less than {@code article-ttl} while that copy may
 * be behind: for {@code figures-settling} after a salary event, and whenever a figure of the text had
 * no data behind it (articles-service had not yet applied its occupation's figures, a cold start's
 * race), which would otherwise hide a figure for a whole minute after it arrived.
 *
 * @param settings the cache settings
 */
record ArticleTtl(CacheSettings settings) {
    /**
     * @param article         the article, or empty for "no such published article"
     * @param figuresSettling whether salary figures changed a moment ago
     * @return how long to keep it
     */
    Duration of(Optional<Article> article, boolean figuresSettling) {
        if (article.isEmpty()) {
            return settings.notFoundTtl();
        }
        if (figuresSettling) {
            return settings.figuresSettlingTtl();
        }
        return article.get().showsAFigureWithoutData() ? settings.notFoundTtl() : settings.articleTtl();
    }
}
