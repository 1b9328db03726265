package io.careers.contracts.page;

import io.micronaut.serde.annotation.Serdeable;

/**
 * A link to another career page.
 *
 * @param slug  its slug
 * @param title its title (text)
 */
@Serdeable
public record Link(String slug, String title) {
}
