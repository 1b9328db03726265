package io.careers.articles.staleness;

import io.careers.contracts.salary.ReleasePromoted;
import io.careers.messaging.inbound.Inbound;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * Records promotions for the staleness report. A redelivered promotion changes nothing; its
 * release id is its key, so one consumer sees every record of a release, in order.
 */
@Singleton
record ReleasePromotedIngest(PromotionRepository promotions) {
    void apply(List<Inbound<ReleasePromoted>> batch) {
        for (Inbound<ReleasePromoted> inbound : batch) {
            if (!promotions.existsById(inbound.value().releaseId())) {
                promotions.save(Promotion.of(inbound.value()));
            }
        }
    }
}
