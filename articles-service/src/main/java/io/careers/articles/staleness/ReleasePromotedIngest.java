package io.careers.articles.staleness;

import io.careers.contracts.salary.ReleasePromoted;
import io.careers.messaging.inbound.Inbound;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.List;

/** Records promotions for the staleness report. */
@Singleton
class ReleasePromotedIngest {
    private final PromotionStore promotions;

    ReleasePromotedIngest(PromotionStore promotions) {
        this.promotions = promotions;
    }

    @Transactional
    void apply(List<Inbound<ReleasePromoted>> batch) {
        promotions.save(batch.stream().map(Inbound::value).toList());
    }
}
