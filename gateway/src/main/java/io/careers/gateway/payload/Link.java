package io.careers.gateway.payload;

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
