package io.careers.contracts.articles;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.careers.contracts.ContractEvent;
import io.careers.contracts.EventIds;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Event on {@code articles.articles.v1}, key: article id. A revision of an article is now the live
 * one (published now, republished, or a scheduled publish fired).
 *
 * @param eventId       unique event id
 * @param eventType     {@value #TYPE}
 * @param occurredAt    when it went live
 * @param schemaVersion {@value #SCHEMA_VERSION}
 * @param articleId     the article
 * @param slug          its current slug
 * @param previousSlugs slugs it was reachable under before, still redirecting to it
 * @param title         title
 * @param summary       summary
 * @param category      category, e.g. {@code healthcare}
 * @param revision      the live revision
 * @param publishedAt   when it was first published
 * @param occupations   SOC codes it covers
 * @param programs      CIP codes it covers
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ArticlePublished(UUID eventId,
                               String eventType,
                               Instant occurredAt,
                               int schemaVersion,
                               UUID articleId,
                               String slug,
                               List<String> previousSlugs,
                               String title,
                               @Nullable String summary,
                               @Nullable String category,
                               int revision,
                               Instant publishedAt,
                               List<String> occupations,
                               List<String> programs) implements ContractEvent {

    /** Event type name. */
    public static final String TYPE = "ArticlePublished";
    /** Schema version of this record. */
    public static final int SCHEMA_VERSION = 1;

    /**
     * @param articleId     the article
     * @param slug          its slug
     * @param previousSlugs older slugs
     * @param title         title
     * @param summary       summary
     * @param category      category
     * @param revision      live revision
     * @param publishedAt   first publication
     * @param occupations   SOC codes
     * @param programs      CIP codes
     * @return a new event with a fresh envelope
     */
    public static ArticlePublished of(UUID articleId, String slug, List<String> previousSlugs, String title,
                                      @Nullable String summary, @Nullable String category, int revision,
                                      Instant publishedAt, List<String> occupations, List<String> programs) {
        return new ArticlePublished(EventIds.newId(), TYPE, EventIds.now(), SCHEMA_VERSION, articleId, slug,
            previousSlugs, title, summary, category, revision, publishedAt, occupations, programs);
    }
}
