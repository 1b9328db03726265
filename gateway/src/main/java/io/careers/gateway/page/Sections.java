package io.careers.gateway.page;

import io.careers.contracts.page.CareerPage.SalaryPart;
import io.careers.contracts.page.CareerPage.SchoolsPart;
import io.careers.contracts.page.Occupation;
import io.careers.contracts.page.SectionStatus;
import io.careers.gateway.backend.SalaryBackend;
import io.careers.gateway.backend.SchoolsBackend;
import io.careers.gateway.backend.SchoolsQuery;
import io.careers.gateway.cache.GatewayCaches;
import io.careers.gateway.cache.SectionCache;
import io.careers.gateway.payload.Article;
import io.careers.gateway.payload.SchoolsResult;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The salary and schools sections: from the cache or the backend, and never an error: a failed
 * backend makes the section STALE (last good copy) or UNAVAILABLE.
 */
@Singleton
record Sections(GatewayCaches caches, SalaryBackend salary, SchoolsBackend schools) {
    private static final Logger LOG = LoggerFactory.getLogger(Sections.class);

    Mono<SalaryPart> salary(Article article, Deadline deadline) {
        List<String> codes = article.occupations().stream().sorted().distinct().toList();
        if (codes.isEmpty()) {
            return Mono.just(new SalaryPart(SectionStatus.OK, List.of(), Instant.now()));
        }
        return caches.salary().get(codes, () -> salary.occupations(codes, deadline.remaining()), deadline.waitFor(salary.healthy()))
            .flatMap(hit -> agreeWith(article, hit.value(), deadline)
                .map(occupations -> new SalaryPart(status(hit), occupations, hit.asOf())))
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

    /**
     * The salary section as the article's text shows it: occupations whose current release differs from
     * the article's are asked again for the article's release (ReleaseAgreement). Not cached: it lasts
     * the moment articles-service takes to apply a new release, and the article is asked again on
     * the next page. Should that call fail, the section stays as it was, and the page shows the newer
     * figures beside the text's.
     */
    private Mono<List<Occupation>> agreeWith(Article article, List<Occupation> occupations, Deadline deadline) {
        Map<String, String> shown = ReleaseAgreement.shownByArticle(article.figures());
        Map<String, List<String>> disagreeing = ReleaseAgreement.disagreeing(shown, occupations);
        if (disagreeing.isEmpty()) {
            return Mono.just(occupations);
        }
        // One of the two copies is behind, most often the article's; the next page asks for the
        // article again instead of keeping it for its TTL (the salary event that would have dropped
        // it may have come before this gateway listened, or still be on its way).
        caches.articles().invalidate(article.slug()::equals);
        return Flux.fromIterable(disagreeing.entrySet())
            .flatMap(e -> salary.occupations(e.getValue(), e.getKey(), deadline.remaining()))
            .flatMapIterable(asked -> asked)
            .collectList()
            .map(asked -> ReleaseAgreement.merge(occupations, asked, shown))
            .onErrorResume(e -> {
                LOG.warn("salary section left on the current release, the article's ({}) could not be had: {}",
                    disagreeing.keySet(), e.getMessage());
                return Mono.just(occupations);
            });
    }

    private static SectionStatus status(SectionCache.Hit<?> hit) {
        return hit.stale() ? SectionStatus.STALE : SectionStatus.OK;
    }
}
