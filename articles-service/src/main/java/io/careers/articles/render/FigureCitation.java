package io.careers.articles.render;

import io.careers.articles.figure.Citation;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One figure of an article as readers see it, with where it comes from: a front end can cite each
 * number ("Source: BLS OEWS, May 2013") beside it, not only the article's list of sources.
 *
 * @param token    the token as the editor wrote it, e.g. {@code {{wage:29-2071:annual.median}}}
 * @param text     what it shows, e.g. {@code $34,970}
 * @param citation its source, release and period; null when nothing could be shown
 */
@Serdeable
public record FigureCitation(String token, String text, @Nullable Citation citation) {
}
