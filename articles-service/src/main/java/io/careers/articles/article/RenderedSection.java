package io.careers.articles.article;

import io.micronaut.serde.annotation.Serdeable;

/**
 * A section as readers get it.
 *
 * @param heading plain text (escape it when putting it into HTML)
 * @param html    safe HTML rendered from the Markdown, with figures filled in
 */
@Serdeable
public record RenderedSection(String heading, String html) {
}
