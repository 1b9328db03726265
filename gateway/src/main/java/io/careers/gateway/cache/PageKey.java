package io.careers.gateway.cache;

import io.micronaut.core.annotation.Nullable;

/**
 * What identifies a composed career page in the page cache: its slug and its schools filter.
 *
 * @param slug        the career page's slug
 * @param state       schools filter: USPS state code
 * @param credential  schools filter: credential
 * @param delivery    schools filter: delivery
 * @param school      schools filter: words of the institution's name or city
 * @param schoolsPage page of the schools section
 * @param schoolsSize schools per page
 */
public record PageKey(String slug, @Nullable String state, @Nullable String credential, @Nullable String delivery,
                      @Nullable String school, int schoolsPage, int schoolsSize) {
}
