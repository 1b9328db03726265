package io.careers.contracts.api.articles;

import io.careers.contracts.http.Identifier;
import io.careers.contracts.id.IdentifierFormat;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An article as readers get it: HTML with today's figures, their citations, and related
 * articles that are live. {@code slug} is the current one, also when it was asked for by an old slug.
 *
 * @param id               article id
 * @param slug             current slug
 * @param title            title
 * @param summary          summary
 * @param category         category
 * @param tags             tags
 * @param sections         headings and HTML
 * @param citations        sources of the figures shown
 * @param figures          each figure shown, with its source: for a citation beside each number
 * @param occupations      SOC codes
 * @param programs         CIP codes
 * @param relatedArticles  live related articles
 * @param videos           videos
 * @param seo              SEO fields
 * @param status           {@code PUBLISHED}, or the draft's status in a preview
 * @param revision         revision shown
 * @param publishedAt      first publication
 * @param revisedAt        when the revision shown went live
 */
@Serdeable
public record PublishedArticle(@NotNull UUID id,
                               @Identifier(IdentifierFormat.SLUG) String slug,
                               @NotNull @Size(max = 500) String title,
                               @Nullable @Size(max = 5000) String summary,
                               @Nullable @Size(max = 100) String category,
                               @NotNull @Size(max = 50) List<@NotNull @Size(max = 100) String> tags,
                               @NotNull @Size(max = 200) List<@Valid @NotNull RenderedSection> sections,
                               @NotNull @Size(max = 500) List<@Valid @NotNull Citation> citations,
                               @NotNull @Size(max = 500) List<@Valid @NotNull FigureCitation> figures,
                               @NotNull @Size(max = 100) List<@Identifier(IdentifierFormat.SOC) String> occupations,
                               @NotNull @Size(max = 100) List<@Identifier(IdentifierFormat.CIP) String> programs,
                               @NotNull @Size(max = 100) List<@Valid @NotNull RelatedArticle> relatedArticles,
                               @NotNull @Size(max = 100) List<@Valid @NotNull Video> videos,
                               @Valid @NotNull Seo seo,
                               @NotNull ArticleStatus status,
                               @PositiveOrZero int revision,
                               @Nullable Instant publishedAt,
                               @Nullable Instant revisedAt) {

    /** Absent {@code figures} means none: an articles-service from before v1 gained them sends none. */
    public PublishedArticle {
        figures = figures == null ? List.of() : figures;
    }
}
