package io.careers.schools.popularity;

import io.careers.messaging.inbound.Inbound;
import io.careers.messaging.inbound.Inbox;
import io.careers.messaging.inbound.InvalidRecordException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Counts interactions per listing and day; each event once (inbox), however often it is delivered. */
@Singleton
class PopularityIngest {
    static final String CONSUMER = "schools-service.popularity";

    private final Inbox inbox;
    private final PopularityRepository popularity;

    PopularityIngest(Inbox inbox, PopularityRepository popularity) {
        this.inbox = inbox;
        this.popularity = popularity;
    }

    /** One listing on one day (UTC). */
    record ListingDay(UUID listingId, LocalDate day) {
    }

    /** Views and clicks counted so far. */
    record Counts(long views, long clicks) {
        Counts plus(boolean clicked) {
            return clicked ? new Counts(views, clicks + 1) : new Counts(views + 1, clicks);
        }
    }

    @Transactional
    void apply(List<Inbound<Interaction>> batch) {
        List<Inbound<Interaction>> fresh = inbox.claim(CONSUMER, batch, Interaction::eventId);
        Set<UUID> known = existing(fresh.stream().map(i -> i.value().listingId()).toList());
        Map<ListingDay, Counts> counts = new LinkedHashMap<>();
        for (Inbound<Interaction> inbound : fresh) {
            Interaction interaction = inbound.value();
            UUID listingId = UUID.fromString(interaction.listingId());
            if (!known.contains(listingId)) {
                throw new InvalidRecordException("listingId: no listing " + interaction.listingId() + " exists");
            }
            ListingDay key = new ListingDay(listingId, interaction.occurredAt().atZone(ZoneOffset.UTC).toLocalDate());
            counts.merge(key, new Counts(0, 0).plus(interaction.clicked()),
                (a, b) -> new Counts(a.views() + b.views(), a.clicks() + b.clicks()));
        }
        if (counts.isEmpty()) {
            return;
        }
        counts.forEach((key, c) -> popularity.addInteractions(key.listingId(), key.day(), c.views(), c.clicks()));
        popularity.refresh(counts.keySet().stream().map(ListingDay::listingId).distinct().toList());
    }

    private Set<UUID> existing(List<String> listingIds) {
        Set<UUID> ids = new HashSet<>();
        for (String id : listingIds) {
            try {
                ids.add(UUID.fromString(id));
            } catch (IllegalArgumentException e) {
                throw new InvalidRecordException("listingId: '" + id + "' is not a listing id (a UUID)");
            }
        }
        return ids.isEmpty() ? Set.of() : new HashSet<>(popularity.findListingIdByListingIdIn(ids));
    }
}
