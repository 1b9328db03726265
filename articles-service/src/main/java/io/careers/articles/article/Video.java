package io.careers.articles.article;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A related video.
 *
 * @param title       title
 * @param description short description
 * @param url         an http or https URL
 */
@Serdeable
public record Video(@Nullable String title, @Nullable String description, @Nullable String url) {
}
