package io.careers.schools.listing;

import io.careers.contracts.schools.ListingDocument;
import io.careers.schools.listing.InstitutionStore.Matched;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.Map;

/**
 * The institutions and programs that listings name, shared by every partner: each listing's
 * institution is matched to one already known (or added), and its program is stored under it.
 * Runs in the caller's transaction.
 *
 * @param institutions where institutions are matched and stored
 * @param programs     where programs are stored
 */
@Singleton
record ProgramCatalog(InstitutionStore institutions, ProgramStore programs) {
    /**
     * @param documents a partner's listing documents
     * @param partnerId the partner, recorded as the source of what it adds or changes
     * @param source    API or FEED
     * @return the documents' institutions as matched, by {@link InstitutionMatch#key}
     */
    Map<String, Matched> upsert(Collection<ListingDocument> documents, String partnerId, Source source) {
        Map<String, Matched> matched = institutions.upsert(documents.stream().map(ListingDocument::institution).toList(),
            partnerId, source);
        programs.upsert(documents.stream()
            .map(d -> new ProgramStore.Offered(matched.get(InstitutionMatch.key(d.institution())).institutionId(), d.program()))
            .toList(), partnerId, source);
        return matched;
    }
}
