package io.careers.gateway.invalidation;

import io.careers.gateway.cache.GatewayCaches;
import jakarta.inject.Singleton;

import java.util.Set;

/** What each kind of change drops from the caches. Every change also drops the whole-page cache. */
@Singleton
public record Invalidations(GatewayCaches caches) {
    /**
     * An article was published or unpublished. Every article entry goes, not only its slugs:
     * other articles show its title and slug among their related articles.
     */
    public void articlesChanged() {
        caches.articles().invalidateAll();
        caches.careers().invalidateAll();
        caches.sitemap().invalidateAll();
        caches.pages().invalidateAll();
    }

    /**
     * The figures of these occupations changed. Articles go too: their HTML carries figures
     * (tokens rendered by articles-service), and any article may cite any occupation.
     */
    public void occupationsChanged(Set<String> codes) {
        caches.salary().invalidate(key -> key.stream().anyMatch(codes::contains));
        caches.figuresChanged();
        caches.articles().invalidateAll();
        caches.pages().invalidateAll();
    }

    /** A release was promoted, or a salary event could not be read: every salary entry and article goes. */
    public void allSalaryChanged() {
        caches.salary().invalidateAll();
        caches.figuresChanged();
        caches.articles().invalidateAll();
        caches.pages().invalidateAll();
    }

    /**
     * Listings changed. A listing can move on any page of any query with its CIP code (ranks,
     * totals), so those entries go, and any other entry that shows one of the listings (it moved to
     * another code). A query by school name alone names no code: those go too. A partner's write
     * therefore drops the entries of its programs' codes, not every schools entry.
     *
     * @param changes what the events said
     */
    void listingsChanged(ListingChanges changes) {
        if (changes.unknown()) {
            caches.schools().invalidateAll();
        } else {
            caches.schools().invalidate((query, result) -> query.cipCodes().isEmpty()
                || query.cipCodes().stream().anyMatch(changes.cipCodes()::contains)
                || result != null && result.items().stream().anyMatch(school -> changes.listingIds().contains(school.listingId())));
        }
        caches.pages().invalidateAll();
    }
}
