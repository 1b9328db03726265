package io.careers.contracts.api.articles;

import io.careers.contracts.http.Identifier;
import io.careers.contracts.id.IdentifierFormat;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/**
 * A related article that is live, as a link.
 *
 * @param id    article id
 * @param slug  its current slug
 * @param title its title
 */
@Serdeable
public record RelatedArticle(@NotNull UUID id, @Identifier(IdentifierFormat.SLUG) String slug,
                             @NotNull @Size(max = 500) String title) {
}
