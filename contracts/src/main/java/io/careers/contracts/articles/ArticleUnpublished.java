package io.careers.contracts.articles;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.careers.contracts.ContractEvent;
import io.careers.contracts.EventIds;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Event on {@code articles.articles.v1}, key: article id. The article is no longer public.
 *
 * @param eventId       unique event id
 * @param eventType     {@value #TYPE}
 * @param occurredAt    when it was unpublished
 * @param schemaVersion {@value #SCHEMA_VERSION}
 * @param articleId     the article
 * @param slug          its slug
 * @param previousSlugs its older slugs
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ArticleUnpublished(UUID eventId,
                                 String eventType,
                                 Instant occurredAt,
                                 int schemaVersion,
                                 UUID articleId,
                                 String slug,
                                 List<String> previousSlugs) implements ContractEvent {

    /** Event type name. */
    public static final String TYPE = "ArticleUnpublished";
    /** Schema version of this record. */
    public static final int SCHEMA_VERSION = 1;

    /**
     * @param articleId     the article
     * @param slug          its slug
     * @param previousSlugs older slugs
     * @return a new event with a fresh envelope
     */
    public static ArticleUnpublished of(UUID articleId, String slug, List<String> previousSlugs) {
        return new ArticleUnpublished(EventIds.newId(), TYPE, EventIds.now(), SCHEMA_VERSION, articleId, slug,
            previousSlugs);
    }
}
