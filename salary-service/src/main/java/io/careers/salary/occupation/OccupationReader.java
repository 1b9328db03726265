package io.careers.salary.occupation;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The read side for HTTP: every call reads one repeatable-read snapshot, so a response never mixes
 * two releases even if a promotion commits while it is being built.
 */
@Singleton
class OccupationReader {
    private final OccupationQueries queries;

    OccupationReader(OccupationQueries queries) {
        this.queries = queries;
    }

    @Transactional(readOnly = true, isolation = TransactionDefinition.Isolation.REPEATABLE_READ)
    Map<String, OccupationView> views(Collection<String> socs) {
        return queries.views(socs);
    }

    @Transactional(readOnly = true, isolation = TransactionDefinition.Isolation.REPEATABLE_READ)
    Optional<EstimateView> estimate(String soc, String area, String period) {
        return queries.estimate(soc, area, period);
    }

    @Transactional(readOnly = true, isolation = TransactionDefinition.Isolation.REPEATABLE_READ)
    List<EstimateView> history(String soc, String area) {
        return queries.history(soc, area);
    }
}
