package io.careers.contracts.api.articles;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Size;

/**
 * What search engines are shown.
 *
 * @param title       page title
 * @param description meta description
 */
@Serdeable
public record Seo(@Nullable @Size(max = 500) String title, @Nullable @Size(max = 1000) String description) {
}
