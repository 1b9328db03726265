package io.careers.articles.article;

/**
 * An article's workflow state with the content of its newest revision.
 *
 * @param row    workflow state
 * @param latest content of {@code row.latestRevision()}
 */
record ArticleState(ArticleRow row, ArticleContent latest) {
}
