package io.careers.articles.article;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;

/**
 * Fires planned publishes. The plan lives in the database, so a publish that fell due while
 * the service was down fires on the first run after it starts.
 */
@Singleton
record ScheduledPublishing(ArticleWorkflow workflow) {
    private static final Logger LOG = LoggerFactory.getLogger(ScheduledPublishing.class);
    private static final int BATCH = 100;

    @Scheduled(fixedDelay = "${articles.scheduler.interval:1s}", initialDelay = "${articles.scheduler.interval:1s}")
    void fireDue() {
        try {
            int published;
            do {
                published = workflow.publishDue(Instant.now(), BATCH);
                if (published > 0) {
                    LOG.info("published {} scheduled article(s)", published);
                }
            } while (published == BATCH);
        } catch (RuntimeException e) {
            // The plan stays in the database; the next run tries again.
            LOG.warn("scheduled publishing failed; retrying on the next run", e);
        }
    }
}
