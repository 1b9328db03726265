package io.careers.salary.projection;

import io.careers.contracts.salary.EmploymentProjection;
import io.careers.messaging.inbound.Inbound;
import io.careers.salary.occupation.OccupationStatsPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.TreeSet;

/** Applies projections and announces the occupations whose projections changed. */
@Singleton
class ProjectionIngest {
    private final ProjectionStore projections;
    private final OccupationStatsPublisher stats;

    ProjectionIngest(ProjectionStore projections, OccupationStatsPublisher stats) {
        this.projections = projections;
        this.stats = stats;
    }

    @Transactional
    void apply(List<Inbound<EmploymentProjection>> batch) {
        TreeSet<String> changed = projections.upsert(batch.stream().map(Inbound::value).toList());
        if (!changed.isEmpty()) {
            stats.publish(changed);
        }
    }
}
