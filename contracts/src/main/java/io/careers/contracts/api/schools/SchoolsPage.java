package io.careers.contracts.api.schools;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * schools-service's {@code GET /api/v1/schools}: one page of the ranked listing.
 *
 * @param items      the entries (a page holds at most 50)
 * @param page       1-based page
 * @param size       page size
 * @param totalItems entries in all
 * @param totalPages pages in all
 */
@Serdeable
public record SchoolsPage(@NotNull @Size(max = 50) List<@Valid @NotNull SchoolItem> items,
                          @Positive int page,
                          @Positive int size,
                          @PositiveOrZero long totalItems,
                          @PositiveOrZero long totalPages) {
}
