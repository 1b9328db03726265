package io.careers.articles.figure;

import io.careers.contracts.salary.OccupationStatsChanged;
import io.careers.messaging.inbound.Inbound;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.List;

/** Applies a batch of {@code OccupationStatsChanged} to the read model in one transaction. */
@Singleton
class OccupationStatsIngest {
    private final FigureStore figures;

    OccupationStatsIngest(FigureStore figures) {
        this.figures = figures;
    }

    @Transactional
    void apply(List<Inbound<OccupationStatsChanged>> batch) {
        figures.apply(batch.stream().map(Inbound::value).toList());
    }
}
