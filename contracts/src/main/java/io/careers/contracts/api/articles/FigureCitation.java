package io.careers.contracts.api.articles;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One figure of an article as readers see it, with where it comes from: a front end can cite each
 * number ("Source: BLS OEWS, May 2013") beside it, not only the article's list of sources.
 *
 * @param token    the token as the editor wrote it, e.g. {@code {{wage:29-2071:annual.median}}}
 * @param text     what it shows, e.g. {@code $34,970}
 * @param citation its source, release and period; null when nothing could be shown
 */
@Serdeable
public record FigureCitation(@NotNull @Size(max = 200) String token, @NotNull @Size(max = 200) String text,
                             @Valid @Nullable Citation citation) {
}
