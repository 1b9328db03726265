package io.careers.contracts.api.articles;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Size;

/**
 * A related video.
 *
 * @param title       title
 * @param description short description
 * @param url         an http or https URL
 */
@Serdeable
public record Video(@Nullable @Size(max = 500) String title, @Nullable @Size(max = 5000) String description,
                    @Nullable @Size(max = 2000) String url) {
}
