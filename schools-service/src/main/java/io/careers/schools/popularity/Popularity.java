package io.careers.schools.popularity;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/**
 * Keeps {@code listing.interactions_30d} equal to the views and clicks of the last 30 days: right
 * away for listings that were just interacted with ({@link PopularityIngest}), and hourly for all,
 * as the window slides.
 */
@Singleton
class Popularity {
    private final PopularityRepository popularity;

    Popularity(PopularityRepository popularity) {
        this.popularity = popularity;
    }

    /** Lets old interactions drop out of the 30-day window. */
    @Scheduled(fixedDelay = "${schools.popularity.refresh-interval:1h}", initialDelay = "1m")
    @Transactional
    void refreshAll() {
        popularity.refreshAll();
    }
}
