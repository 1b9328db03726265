package io.careers.web.careers;

import io.careers.contracts.page.CareersPage;
import io.careers.web.site.Pager;

/**
 * What the careers template shows.
 *
 * @param careers the gateway's page of the index or of search results
 * @param query   the words searched for as typed (text; empty in the index)
 * @param pager   paging links
 */
public record CareersView(CareersPage careers, String query, Pager pager) {
    /** @return whether this is a search rather than the index */
    public boolean searching() {
        return !query.isEmpty();
    }
}
