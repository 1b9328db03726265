package io.careers.schools.listing;

import io.careers.schools.listing.ListingWriter.WriteResult;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * {@code POST /api/v1/partner/listings/batch}: what happened to each listing.
 *
 * @param created   listings created
 * @param updated   listings changed
 * @param unchanged listings sent again as they were
 * @param items     each listing's outcome, in the order sent
 */
@Serdeable
record BatchResult(long created, long updated, long unchanged, List<WriteResult> items) {
    static BatchResult of(List<WriteResult> items) {
        return new BatchResult(count(items, ListingWriter.Outcome.CREATED), count(items, ListingWriter.Outcome.UPDATED),
            count(items, ListingWriter.Outcome.UNCHANGED), items);
    }

    private static long count(List<WriteResult> items, ListingWriter.Outcome outcome) {
        return items.stream().filter(i -> i.outcome() == outcome).count();
    }
}
