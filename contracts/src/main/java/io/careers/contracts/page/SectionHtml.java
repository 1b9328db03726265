package io.careers.contracts.page;

import io.micronaut.serde.annotation.Serdeable;

/**
 * An article section.
 *
 * @param heading plain text: escape it
 * @param html    HTML cleaned to a safe subset
 */
@Serdeable
public record SectionHtml(String heading, String html) {
}
