package io.careers.schools.popularity;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Interactions per listing and day, and each listing's 30-day count, on the caller's transaction. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface PopularityRepository extends GenericRepository<ListingPopularity, UUID> {
    /** A listing's views and clicks of the last 30 days, from the daily counts. */
    String SUM_30_DAYS = "COALESCE((SELECT sum(d.views + d.clicks) FROM listing_interaction_daily d "
        + "WHERE d.listing_id = l.listing_id AND d.day > current_date - 30), 0)";

    /**
     * @param listingIds listing ids
     * @return those of them that exist
     */
    List<UUID> findListingIdByListingIdIn(Collection<UUID> listingIds);

    /** Adds views and clicks to a listing's count of a day. */
    @Query("""
        INSERT INTO listing_interaction_daily (listing_id, day, views, clicks) VALUES (:listingId, :day, :views, :clicks)
        ON CONFLICT (listing_id, day) DO UPDATE SET views = listing_interaction_daily.views + EXCLUDED.views,
            clicks = listing_interaction_daily.clicks + EXCLUDED.clicks""")
    void addInteractions(UUID listingId, LocalDate day, long views, long clicks);

    /** @param listingIds listings whose daily counts changed: their 30-day count follows */
    @Query("UPDATE listing l SET interactions_30d = " + SUM_30_DAYS
        + " WHERE l.listing_id IN (:listingIds) AND l.interactions_30d IS DISTINCT FROM " + SUM_30_DAYS)
    void refresh(Collection<UUID> listingIds);

    /** Lets old interactions drop out of every listing's 30-day window. */
    @Query("UPDATE listing l SET interactions_30d = " + SUM_30_DAYS
        + " WHERE (l.interactions_30d > 0 OR EXISTS (SELECT 1 FROM listing_interaction_daily d"
        + " WHERE d.listing_id = l.listing_id AND d.day > current_date - 31))"
        + " AND l.interactions_30d IS DISTINCT FROM " + SUM_30_DAYS)
    void refreshAll();
}
