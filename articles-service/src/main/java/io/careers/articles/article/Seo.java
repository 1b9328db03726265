package io.careers.articles.article;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * What search engines are shown.
 *
 * @param title       page title
 * @param description meta description
 */
@Serdeable
public record Seo(@Nullable String title, @Nullable String description) {
}
