package io.careers.articles.figure;

import io.careers.contracts.salary.OccupationStatsChanged;
import io.careers.messaging.inbound.Inbound;
import jakarta.inject.Singleton;

import java.util.List;

/** Applies a batch of {@code OccupationStatsChanged} to the read model in one transaction. */
@Singleton
record OccupationStatsIngest(FigureStore figures) {
    void apply(List<Inbound<OccupationStatsChanged>> batch) {
        figures.apply(batch.stream().map(Inbound::value).toList());
    }
}
