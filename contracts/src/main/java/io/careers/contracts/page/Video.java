package io.careers.contracts.page;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A related video.
 *
 * @param title       text
 * @param description text
 * @param url         an absolute http(s) URL
 */
@Serdeable
public record Video(String title, @Nullable String description, String url) {
}
