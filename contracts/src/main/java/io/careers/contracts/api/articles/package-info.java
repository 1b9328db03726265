/**
 * articles-service's public HTTP answers (published articles, the lists, search and the locations the
 * sitemap is built from) and the records they are made of: written by articles-service, read by the
 * gateway, described in articles-service's OpenAPI document. Their constraints are what a reader may
 * rely on.
 */
package io.careers.contracts.api.articles;
