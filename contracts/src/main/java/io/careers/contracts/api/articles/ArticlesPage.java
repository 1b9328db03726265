package io.careers.contracts.api.articles;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * A page of the public list of live articles, newest first.
 *
 * @param items      the articles
 * @param page       page number, from 1
 * @param size       page size
 * @param totalItems live articles matching the filter
 * @param totalPages pages of that size
 */
@Serdeable
public record ArticlesPage(@NotNull @Size(max = 100) List<@Valid @NotNull ArticleSummary> items,
                           @Positive int page, @Positive int size,
                           @PositiveOrZero long totalItems, @PositiveOrZero long totalPages) {
}
