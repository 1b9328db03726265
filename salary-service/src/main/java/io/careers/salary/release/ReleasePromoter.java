package io.careers.salary.release;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;

/**
 * Promotes every release that is ready, each in a transaction of its own. Estimate batches call it
 * right after they commit; a sweep catches a release whose last batch committed just before the
 * service stopped.
 */
@Singleton
public record ReleasePromoter(ReleaseRepository releases, ReleaseLifecycle lifecycle, TransactionOperations<Connection> transactions) {
    /** Promotes the releases whose completion record and announced estimates are all in. */
    @Scheduled(fixedDelay = "${salary.promotion.sweep-interval:5s}", initialDelay = "2s")
    public void promoteReady() {
        for (String releaseId : transactions.executeRead(status -> releases.readyToPromote())) {
            transactions.executeWrite(status -> {
                lifecycle.promoteIfComplete(releaseId);
                return null;
            });
        }
    }
}
