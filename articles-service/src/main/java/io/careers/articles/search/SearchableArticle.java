package io.careers.articles.search;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

/** The article table as search sees it: only its key; the searched columns are read by queries. */
@MappedEntity("article")
record SearchableArticle(@Id UUID id) {
}
