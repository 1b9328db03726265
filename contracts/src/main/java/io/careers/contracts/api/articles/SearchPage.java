package io.careers.contracts.api.articles;

import io.careers.contracts.http.SearchQuery;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * A page of search results, best match first.
 *
 * @param query      the words searched for, as understood (lower case, letters and digits)
 * @param items      the matches
 * @param page       page number, from 1
 * @param size       page size
 * @param totalItems live articles matching
 * @param totalPages pages of that size
 */
@Serdeable
public record SearchPage(@NotNull @Size(max = SearchQuery.MAX_LENGTH) String query,
                         @NotNull @Size(max = 100) List<@Valid @NotNull SearchHit> items,
                         @Positive int page, @Positive int size,
                         @PositiveOrZero long totalItems, @PositiveOrZero long totalPages) {
}
