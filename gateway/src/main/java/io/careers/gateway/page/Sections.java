package io.careers.gateway.page;

import io.careers.contracts.page.CareerPage.SalaryPart;
import io.careers.contracts.page.CareerPage.SchoolsPart;
import io.careers.contracts.page.SectionStatus;
import io.careers.gateway.backend.SalaryBackend;
import io.careers.gateway.backend.SchoolsBackend;
import io.careers.gateway.backend.SchoolsQuery;
import io.careers.gateway.cache.GatewayCaches;
import io.careers.gateway.cache.SectionCache;
import io.careers.gateway.payload.SchoolsResult;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.List;

/**
 * The salary and schools sections: from the cache or the backend, and never an error: a failed
 * backend makes the section STALE (last good copy) or UNAVAILABLE.
 */
@Singleton
record Sections(GatewayCaches caches, SalaryBackend salary, SchoolsBackend schools) {
    private static final Logger LOG = LoggerFactory.getLogger(Sections.class);

    Mono<SalaryPart> salary(List<String> occupations, Deadline deadline) {
        List<String> codes = occupations.stream().sorted().distinct().toList();
        if (codes.isEmpty()) {
            return Mono.just(new SalaryPart(SectionStatus.OK, List.of(), Instant.now()));
        }
        return caches.salary().get(codes, () -> salary.occupations(codes, deadline.remaining()), deadline.waitFor(salary.healthy()))
            .map(hit -> new SalaryPart(status(hit), hit.value(), hit.asOf()))
            .onErrorResume(e -> {
                LOG.debug("salary section unavailable: {}", e.getMessage());
                return Mono.just(new SalaryPart(SectionStatus.UNAVAILABLE, List.of(), null));
            });
    }

    Mono<SchoolsPart> schools(List<String> programs, SchoolsFilter filter, Deadline deadline) {
        SchoolsQuery query = filter.query(programs);
        if (query.cipCodes().isEmpty()) {
            return Mono.just(new SchoolsPart(SectionStatus.OK, List.of(), filter.page(), filter.size(), 0, 0, Instant.now()));
        }
        return caches.schools().get(query, () -> schools.schools(query, deadline.remaining()), deadline.waitFor(schools.healthy()))
            .map(hit -> {
                SchoolsResult r = hit.value();
                return new SchoolsPart(status(hit), r.items(), r.page(), r.size(), r.totalItems(), r.totalPages(), hit.asOf());
            })
            .onErrorResume(e -> {
                LOG.debug("schools section unavailable: {}", e.getMessage());
                return Mono.just(new SchoolsPart(SectionStatus.UNAVAILABLE, List.of(), filter.page(), filter.size(), 0, 0, null));
            });
    }

    private static SectionStatus status(SectionCache.Hit<?> hit) {
        return hit.stale() ? SectionStatus.STALE : SectionStatus.OK;
    }
}
