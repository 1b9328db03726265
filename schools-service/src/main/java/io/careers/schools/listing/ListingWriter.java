package io.careers.schools.listing;

import io.careers.contracts.Topics;
import io.careers.contracts.schools.ListingDocument;
import io.careers.contracts.schools.ListingUpserted;
import io.careers.contracts.schools.ListingWithdrawn;
import io.careers.contracts.schools.Program;
import io.careers.contracts.schools.Sponsorship;
import io.careers.messaging.outbox.OutboxWriter;
import io.careers.messaging.outbox.OutgoingEvent;
import io.careers.schools.campaign.CampaignChanged;
import io.careers.schools.campaign.Campaigns;
import io.careers.schools.listing.InstitutionStore.Matched;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.runtime.event.annotation.EventListener;
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
import java.util.function.Function;

/**
 * The one way listings change, for the partner API and the feed alike: in one transaction,
 * institutions and programs are matched, listings inserted or updated (an unchanged one is left alone), every
 * changed field records who changed it, and {@code ListingUpserted} / {@code ListingWithdrawn} go
 * to the outbox.
 */
@Singleton
public class ListingWriter {

    private final InstitutionStore institutions;
    private final ProgramStore programs;
    private final ListingStore listings;
    private final OutboxWriter outbox;
    private final ApplicationEventPublisher<ListingsChanged> changes;
    private final Campaigns campaigns;

    ListingWriter(InstitutionStore institutions, ProgramStore programs, ListingStore listings, OutboxWriter outbox,
                  ApplicationEventPublisher<ListingsChanged> changes, Campaigns campaigns) {
        this.campaigns = campaigns;
        this.institutions = institutions;
        this.programs = programs;
        this.listings = listings;
        this.outbox = outbox;
        this.changes = changes;
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
        Map<String, Matched> matched = institutions.upsert(latest.values().stream().map(ListingDocument::institution).toList(),
            partnerId, source);
        programs.upsert(latest.values().stream()
            .map(d -> new ProgramStore.Offered(matched.get(InstitutionMatch.key(d.institution())).institutionId(), d.program()))
            .toList(), partnerId, source);
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
        announce(concat(inserts, updates));
        return results;
    }

    /**
     * Announces every active listing of an institution again, one version later, after an admin
     * corrected the institution they show.
     *
     * @param institutionId the corrected institution
     * @return how many listings were announced
     */
    @Transactional
    public int reannounce(UUID institutionId) {
        return reannounce(listings.lockActiveByInstitution(institutionId), StoredListing::sponsorship);
    }

    /**
     * Gives every active listing of a campaign the campaign's new terms and announces it again, in
     * the admin's transaction.
     *
     * @param changed the campaign as it is now
     */
    @EventListener
    void campaignChanged(CampaignChanged changed) {
        Sponsorship terms = changed.campaign().sponsorship();
        reannounce(listings.lockActiveByCampaign(changed.campaign().campaignId()), l -> terms);
    }

    private int reannounce(List<StoredListing> locked, Function<StoredListing, Sponsorship> sponsorship) {
        Instant now = Instant.now();
        List<StoredListing> again = locked.stream()
            .map(l -> new StoredListing(l.listingId(), l.partnerId(), l.externalId(), l.institutionId(), l.programId(),
                l.institution(), l.program(), sponsorship.apply(l), l.active(), l.version() + 1, l.source(), l.provenance(), now))
            .toList();
        listings.update(again);
        announce(again);
        return again.size();
    }

    private void announce(List<StoredListing> changed) {
        List<OutgoingEvent> events = new ArrayList<>();
        for (StoredListing l : changed) {
            events.add(new OutgoingEvent(Topics.LISTINGS, l.listingId().toString(), ListingUpserted.of(
                l.listingId().toString(), l.partnerId(), l.externalId(), l.institutionId().toString(),
                l.programId().toString(), l.institution(), l.program(), l.sponsorship(), l.version())));
        }
        outbox.appendAll(events);
        if (!events.isEmpty()) {
            changes.publishEvent(new ListingsChanged(events.size()));
        }
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
        outbox.append(Topics.LISTINGS, withdrawn.listingId().toString(),
            ListingWithdrawn.of(withdrawn.listingId().toString(), partnerId, externalId, withdrawn.program().cipCode()));
        changes.publishEvent(new ListingsChanged(1));
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
