package io.careers.schools.listing;

import io.careers.contracts.schools.ListingDocument;
import io.careers.contracts.schools.Program;
import io.careers.contracts.schools.Sponsorship;
import io.careers.schools.campaign.Campaigns;
import io.careers.schools.listing.InstitutionStore.Matched;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The one way partners change listings, through the API and the feed alike: in one transaction,
 * institutions and programs are matched, listings inserted or updated (an unchanged one is left alone), every
 * changed field records who changed it, and {@link ListingAnnouncements} puts {@code ListingUpserted} /
 * {@code ListingWithdrawn} in the outbox.
 */
@Singleton
public class ListingWriter {

    private final ProgramCatalog catalog;
    private final ListingStore listings;
    private final Campaigns campaigns;
    private final ListingAnnouncements announcements;

    ListingWriter(ProgramCatalog catalog, ListingStore listings, Campaigns campaigns, ListingAnnouncements announcements) {
        this.catalog = catalog;
        this.listings = listings;
        this.campaigns = campaigns;
        this.announcements = announcements;
    }

    /**
     * Creates or updates a partner's listings.
     *
     * @param partnerId the owner (from the API key, or the feed record's key)
     * @param documents valid listing documents; for the same external id the last one wins
     * @param source    API or FEED
     * @return what happened to each listing, by external id in first-seen order
     */
    @Transactional
    public List<WriteResult> upsertAll(String partnerId, List<ListingDocument> documents, Source source) {
        Map<String, ListingDocument> latest = new LinkedHashMap<>();
        documents.forEach(d -> latest.put(d.externalId(), d));
        Map<String, Matched> matched = catalog.upsert(latest.values(), partnerId, source);
        Map<String, Sponsorship> sponsorships = campaigns.sponsorships(partnerId,
            latest.values().stream().map(ListingDocument::sponsorship).filter(Objects::nonNull).toList());
        Map<String, StoredListing> existing = listings.lockByExternalId(partnerId, latest.keySet());
        Instant now = Instant.now();
        List<StoredListing> inserts = new ArrayList<>();
        List<StoredListing> updates = new ArrayList<>();
        List<WriteResult> results = new ArrayList<>();
        for (ListingDocument doc : latest.values()) {
            Matched institution = matched.get(InstitutionMatch.key(doc.institution()));
            Program program = normalized(doc.program());
            StoredListing before = existing.get(doc.externalId());
            UUID programId = ProgramStore.programId(institution.institutionId(), doc.program());
            StoredListing after = new StoredListing(before == null ? UUID.randomUUID() : before.listingId(), partnerId,
                doc.externalId(), institution.institutionId(), programId, institution.institution(), program,
                doc.sponsorship() == null ? null : sponsorships.get(doc.sponsorship().campaignId()),
                true, before == null ? 1 : before.version() + 1, source, null, now);
            Map<String, Map<String, String>> changed = ListingChanges.changedFields(before, after);
            if (before != null && changed.isEmpty() && institution.institution().equals(before.institution())) {
                results.add(new WriteResult(doc.externalId(), before.listingId(), Outcome.UNCHANGED, before.version()));
                continue;
            }
            StoredListing stored = ListingChanges.withProvenance(after, before, changed, partnerId, source, now);
            (before == null ? inserts : updates).add(stored);
            results.add(new WriteResult(doc.externalId(), stored.listingId(),
                before == null ? Outcome.CREATED : Outcome.UPDATED, stored.version()));
        }
        listings.insert(inserts);
        listings.update(updates);
        announcements.upserted(concat(inserts, updates));
        return results;
    }

    /**
     * Withdraws a partner's listing; withdrawing it again changes nothing.
     *
     * @param partnerId  the owner
     * @param externalId the partner's id
     * @param source     API or FEED
     * @return the listing, or empty if the partner has none with that id
     */
    @Transactional
    public Optional<StoredListing> withdraw(String partnerId, String externalId, Source source) {
        StoredListing before = listings.lockByExternalId(partnerId, List.of(externalId)).get(externalId);
        if (before == null || !before.active()) {
            return Optional.ofNullable(before);
        }
        Instant now = Instant.now();
        Map<String, Map<String, String>> provenance = new TreeMap<>(before.provenance());
        provenance.put("status", ListingChanges.origin(partnerId, source, now));
        StoredListing withdrawn = new StoredListing(before.listingId(), partnerId, externalId, before.institutionId(),
            before.programId(), before.institution(), before.program(), before.sponsorship(), false, before.version() + 1, source,
            provenance, now);
        listings.update(List.of(withdrawn));
        announcements.withdrawn(withdrawn);
        return Optional.of(withdrawn);
    }

    private static Program normalized(Program p) {
        return new Program(p.title(), p.cipCode(), p.credential(), p.delivery(),
            p.accreditations() == null ? List.of() : List.copyOf(p.accreditations()), Money.plain(p.annualTuitionUsd()));
    }

    private static List<StoredListing> concat(List<StoredListing> a, List<StoredListing> b) {
        List<StoredListing> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** What a write did to one listing. */
    public enum Outcome {
        CREATED, UPDATED, UNCHANGED
    }

    /**
     * @param externalId the partner's id
     * @param listingId  the platform's id
     * @param outcome    created, updated or unchanged
     * @param version    its version now
     */
    @io.micronaut.serde.annotation.Serdeable
    public record WriteResult(String externalId, UUID listingId, Outcome outcome, long version) {
    }
}
