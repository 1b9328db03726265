package io.careers.contracts.page;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One figure of the article text with its source, for a citation beside each number.
 *
 * @param token    the token the editor wrote, e.g. {@code {{wage:29-2071:annual.median}}} (text)
 * @param text     what the article shows for it, e.g. {@code $34,970} (text)
 * @param citation its source, release and period; null when nothing could be shown
 */
@Serdeable
public record FigureCitation(String token, String text, @Nullable Citation citation) {
}
