package io.careers.contracts.api.articles;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A section as readers get it.
 *
 * @param heading plain text (escape it when putting it into HTML)
 * @param html    safe HTML rendered from the Markdown, with figures filled in
 */
@Serdeable
public record RenderedSection(@NotNull @Size(max = 500) String heading, @NotNull @Size(max = 500_000) String html) {
}
