package io.careers.schools.listing;

import io.careers.contracts.http.FieldError;
import io.careers.messaging.inbound.Inbound;
import io.careers.messaging.inbound.Inbox;
import io.careers.messaging.inbound.InvalidRecordException;
import io.careers.schools.campaign.Campaigns;
import io.careers.schools.partner.PartnerRepository;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Applies a batch of the partner feed in order, in one transaction. Feed records carry no version,
 * so each is applied once by its position in the topic: a redelivery or a replay of an older
 * record never brings back what a newer record replaced.
 */
@Singleton
record PartnerFeedIngest(ListingWriter writer, PartnerRepository partners, Campaigns campaigns, Inbox inbox) {
    /** The inbox's name for this consumer of the feed. */
    static final String CONSUMER = "schools-partner-feed";

    /** Consecutive upserts of one partner are written together; a tombstone withdraws in its place in the order. */
    void apply(List<Inbound<FeedRecord>> batch) {
        List<FeedRecord> run = new ArrayList<>();
        for (Inbound<FeedRecord> inbound : inbox.claimByPosition(CONSUMER, batch)) {
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
                checkCampaign(record);
                run.add(record);
            }
        }
        flush(run);
    }

    /** A listing of the feed names one of its partner's campaigns, as on the partner API, or goes to the dead-letter topic. */
    private void checkCampaign(FeedRecord record) {
        if (record.listing().sponsorship() != null) {
            List<FieldError> errors = campaigns.check(record.partnerId(), Map.of("", record.listing().sponsorship()));
            if (!errors.isEmpty()) {
                throw new InvalidRecordException(errors.stream().map(e -> e.field() + ": " + e.message())
                    .collect(Collectors.joining("; ")));
            }
        }
    }

    private void flush(List<FeedRecord> run) {
        if (!run.isEmpty()) {
            writer.upsertAll(run.get(0).partnerId(), run.stream().map(FeedRecord::listing).toList(), Source.FEED);
            run.clear();
        }
    }
}
