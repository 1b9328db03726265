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
     * A listing changed. A listing can move on any page of any query with its CIP code (ranks,
     * totals), and a withdrawal names no CIP code: every schools entry goes.
     */
    public void listingsChanged() {
        caches.schools().invalidateAll();
        caches.pages().invalidateAll();
    }
}
