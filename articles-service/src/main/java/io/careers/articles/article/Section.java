package io.careers.articles.article;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A section of an article as editors write it.
 *
 * @param heading  plain text
 * @param markdown CommonMark with figure tokens
 */
@Serdeable
public record Section(@Nullable String heading, @Nullable String markdown) {
}
