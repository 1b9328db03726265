package io.careers.contracts.api.articles;

/** Where an article is in the editorial workflow. */
public enum ArticleStatus {
    /** Never published, nothing planned. */
    DRAFT,
    /** Not live yet; a publish is planned at {@code publishAt}. */
    SCHEDULED,
    /** Live; a newer draft revision may exist beside the live one. */
    PUBLISHED,
    /** Was live, taken down. */
    UNPUBLISHED
}
