package io.careers.schools.listing;

import io.careers.contracts.Topics;
import io.careers.contracts.schools.ListingUpserted;
import io.careers.contracts.schools.ListingWithdrawn;
import io.careers.contracts.schools.Sponsorship;
import io.careers.messaging.outbox.OutboxWriter;
import io.careers.messaging.outbox.OutgoingEvent;
import io.careers.schools.campaign.CampaignChanged;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Tells the platform that listings changed, in the transaction that changed them: one
 * {@code ListingUpserted} or {@code ListingWithdrawn} per listing in the outbox, and a
 * {@link ListingsChanged} for this instance's caches. Listings whose shown institution or
 * sponsorship terms changed without a partner's write (an admin's correction, a campaign's new
 * terms) are announced again here, one version later. Every method runs in the caller's transaction.
 *
 * @param listings where listings are stored
 * @param outbox   the service's outbox
 * @param changes  this instance's listing caches listen to these
 */
@Singleton
record ListingAnnouncements(ListingStore listings, OutboxWriter outbox, ApplicationEventPublisher<ListingsChanged> changes) {
    /** @param changed listings just inserted or updated, as stored */
    void upserted(List<StoredListing> changed) {
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

    /** @param withdrawn a listing just withdrawn, as stored */
    void withdrawn(StoredListing withdrawn) {
        outbox.append(Topics.LISTINGS, withdrawn.listingId().toString(), ListingWithdrawn.of(
            withdrawn.listingId().toString(), withdrawn.partnerId(), withdrawn.externalId(), withdrawn.program().cipCode()));
        changes.publishEvent(new ListingsChanged(1));
    }

    /**
     * Announces every active listing of an institution again, one version later, after an admin
     * corrected the institution they show, in the admin's transaction.
     *
     * @param institutionId the corrected institution
     * @return how many listings were announced
     */
    int reannounce(UUID institutionId) {
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
        upserted(again);
        return again.size();
    }
}
