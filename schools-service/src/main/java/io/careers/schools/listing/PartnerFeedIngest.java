package io.careers.schools.listing;

import io.careers.messaging.inbound.Inbound;
import io.careers.messaging.inbound.InvalidRecordException;
import io.careers.schools.partner.PartnerRepository;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;

/** Applies a batch of the partner feed in order, in one transaction. */
@Singleton
class PartnerFeedIngest {
    private final ListingWriter writer;
    private final PartnerRepository partners;

    PartnerFeedIngest(ListingWriter writer, PartnerRepository partners) {
        this.writer = writer;
        this.partners = partners;
    }

    /** Consecutive upserts of one partner are written together; a tombstone withdraws in its place in the order. */
    @Transactional
    void apply(List<Inbound<FeedRecord>> batch) {
        List<FeedRecord> run = new ArrayList<>();
        for (Inbound<FeedRecord> inbound : batch) {
            FeedRecord record = inbound.value();
            if (!partners.existsById(record.partnerId())) {
                throw new InvalidRecordException("partner '" + record.partnerId() + "' does not exist; an admin "
                    + "creates partners with POST /api/v1/admin/partners");
            }
            if (!run.isEmpty() && (record.listing() == null || !run.get(0).partnerId().equals(record.partnerId()))) {
                flush(run);
            }
            if (record.listing() == null) {
                writer.withdraw(record.partnerId(), record.externalId(), Source.FEED);
            } else {
                run.add(record);
            }
        }
        flush(run);
    }

    private void flush(List<FeedRecord> run) {
        if (!run.isEmpty()) {
            writer.upsertAll(run.get(0).partnerId(), run.stream().map(FeedRecord::listing).toList(), Source.FEED);
            run.clear();
        }
    }
}
