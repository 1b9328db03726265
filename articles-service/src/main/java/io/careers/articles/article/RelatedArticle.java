package io.careers.articles.article;

import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

/**
 * A related article that is live, as a link.
 *
 * @param id    article id
 * @param slug  its current slug
 * @param title its title
 */
@Serdeable
public record RelatedArticle(UUID id, String slug, String title) {
}
