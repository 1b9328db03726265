package io.careers.salary.projection;

import io.careers.contracts.salary.EmploymentProjection;
import io.careers.messaging.inbound.Inbound;
import io.careers.salary.occupation.OccupationStatsPublisher;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.TreeSet;

/** Applies projections and announces the occupations whose projections changed. */
@Singleton
record ProjectionIngest(ProjectionRepository projections, OccupationStatsPublisher stats) {
    void apply(List<Inbound<EmploymentProjection>> batch) {
        TreeSet<String> changed = new TreeSet<>();
        for (Inbound<EmploymentProjection> record : batch) {
            StoredProjection projection = StoredProjection.of(record.value());
            if (projections.upsert(projection) > 0) {
                changed.add(projection.socCode());
            }
        }
        if (!changed.isEmpty()) {
            stats.publish(changed);
        }
    }
}
