package io.careers.schools.popularity;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.util.Collection;
import java.util.UUID;

/**
 * Keeps {@code listing.interactions_30d} equal to the views and clicks of the last 30 days: right
 * away for listings that were just interacted with, and hourly for all, as the window slides.
 */
@Singleton
class Popularity {
    private static final String SUM = "COALESCE((SELECT sum(d.views + d.clicks) FROM listing_interaction_daily d "
        + "WHERE d.listing_id = l.listing_id AND d.day > current_date - 30), 0)";

    private final JdbcOperations jdbc;

    Popularity(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** @param listingIds listings whose counts changed, in the caller's transaction */
    void refresh(Collection<UUID> listingIds) {
        jdbc.execute(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE listing l SET interactions_30d = " + SUM
                + " WHERE l.listing_id = ANY(?) AND l.interactions_30d IS DISTINCT FROM " + SUM)) {
                s.setArray(1, c.createArrayOf("uuid", listingIds.toArray()));
                return s.executeUpdate();
            }
        });
    }

    /** Lets old interactions drop out of the 30-day window. */
    @Scheduled(fixedDelay = "${schools.popularity.refresh-interval:1h}", initialDelay = "1m")
    @Transactional
    void refreshAll() {
        jdbc.execute(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE listing l SET interactions_30d = " + SUM
                + " WHERE (l.interactions_30d > 0 OR EXISTS (SELECT 1 FROM listing_interaction_daily d "
                + "WHERE d.listing_id = l.listing_id AND d.day > current_date - 31)) AND l.interactions_30d IS DISTINCT FROM " + SUM)) {
                return s.executeUpdate();
            }
        });
    }
}
