package io.careers.schools.popularity;

import io.careers.messaging.inbound.Inbound;
import io.careers.messaging.inbound.Inbox;
import io.careers.messaging.inbound.RefusingBatchHandler.Refusal;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Counts interactions per listing and day; each event once (inbox), however often it is delivered. */
@Singleton
record PopularityIngest(Inbox inbox, PopularityRepository popularity) {
    static final String CONSUMER = "schools-service.popularity";

    /** One listing on one day (UTC). */
    record ListingDay(UUID listingId, LocalDate day) {
    }

    /** Views and clicks counted so far. */
    record Counts(long views, long clicks) {
        Counts plus(boolean clicked) {
            return clicked ? new Counts(views, clicks + 1) : new Counts(views + 1, clicks);
        }
    }

    /**
     * Counts the batch's interactions, each event once. An interaction with a listing that does not
     * exist is refused alone (dead-lettered) and the rest still count; it is not claimed in the inbox,
     * so the same record counts once it is re-published after its listing exists.
     *
     * @return the refused records, with their reasons
     */
    List<Refusal> apply(List<Inbound<Interaction>> batch) {
        Map<Inbound<Interaction>, UUID> listingIds = new LinkedHashMap<>();
        List<Refusal> refused = new ArrayList<>();
        for (Inbound<Interaction> inbound : batch) {
            try {
                listingIds.put(inbound, UUID.fromString(inbound.value().listingId()));
            } catch (IllegalArgumentException e) {
                refused.add(new Refusal(inbound, "listingId: '" + inbound.value().listingId() + "' is not a listing id (a UUID)"));
            }
        }
        Set<UUID> known = listingIds.isEmpty() ? Set.of()
            : new HashSet<>(popularity.findListingIdByListingIdIn(new HashSet<>(listingIds.values())));
        List<Inbound<Interaction>> countable = new ArrayList<>();
        listingIds.forEach((inbound, listingId) -> {
            if (known.contains(listingId)) {
                countable.add(inbound);
            } else {
                refused.add(new Refusal(inbound, "listingId: no listing " + listingId + " exists"));
            }
        });
        Map<ListingDay, Counts> counts = new LinkedHashMap<>();
        for (Inbound<Interaction> inbound : inbox.claim(CONSUMER, countable, Interaction::eventId)) {
            Interaction interaction = inbound.value();
            ListingDay key = new ListingDay(listingIds.get(inbound), interaction.occurredAt().atZone(ZoneOffset.UTC).toLocalDate());
            counts.merge(key, new Counts(0, 0).plus(interaction.clicked()),
                (x, y) -> new Counts(x.views() + y.views(), x.clicks() + y.clicks()));
        }
        if (!counts.isEmpty()) {
            counts.forEach((key, c) -> popularity.addInteractions(key.listingId(), key.day(), c.views(), c.clicks()));
            popularity.refresh(counts.keySet().stream().map(ListingDay::listingId).distinct().toList());
        }
        return refused;
    }
}
