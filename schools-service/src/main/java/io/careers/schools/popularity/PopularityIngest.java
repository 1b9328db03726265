package io.careers.schools.popularity;

import io.careers.messaging.inbound.Inbound;
import io.careers.messaging.inbound.Inbox;
import io.careers.messaging.inbound.InvalidRecordException;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/** Counts interactions per listing and day; each event once (inbox), however often it is delivered. */
@Singleton
class PopularityIngest {
    static final String CONSUMER = "schools-service.popularity";

    private final Inbox inbox;
    private final JdbcOperations jdbc;
    private final Popularity popularity;

    PopularityIngest(Inbox inbox, JdbcOperations jdbc, Popularity popularity) {
        this.inbox = inbox;
        this.jdbc = jdbc;
        this.popularity = popularity;
    }

    @Transactional
    void apply(List<Inbound<Interaction>> batch) {
        List<Inbound<Interaction>> fresh = inbox.claim(CONSUMER, batch, Interaction::eventId);
        Set<String> known = existing(fresh.stream().map(i -> i.value().listingId()).toList());
        Map<String, long[]> counts = new TreeMap<>();
        for (Inbound<Interaction> inbound : fresh) {
            Interaction i = inbound.value();
            if (!known.contains(i.listingId())) {
                throw new InvalidRecordException("listingId: no listing " + i.listingId() + " exists");
            }
            LocalDate day = i.occurredAt().atZone(ZoneOffset.UTC).toLocalDate();
            long[] c = counts.computeIfAbsent(i.listingId() + "|" + day, k -> new long[2]);
            c[i.clicked() ? 1 : 0]++;
        }
        if (counts.isEmpty()) {
            return;
        }
        jdbc.execute(conn -> {
            try (PreparedStatement s = conn.prepareStatement("INSERT INTO listing_interaction_daily (listing_id, day, views, clicks) "
                + "VALUES (?, ?, ?, ?) ON CONFLICT (listing_id, day) DO UPDATE SET "
                + "views = listing_interaction_daily.views + EXCLUDED.views, clicks = listing_interaction_daily.clicks + EXCLUDED.clicks")) {
                for (Map.Entry<String, long[]> e : counts.entrySet()) {
                    String[] parts = e.getKey().split("\\|");
                    s.setObject(1, UUID.fromString(parts[0]));
                    s.setDate(2, Date.valueOf(LocalDate.parse(parts[1])));
                    s.setLong(3, e.getValue()[0]);
                    s.setLong(4, e.getValue()[1]);
                    s.addBatch();
                }
                s.executeBatch();
            }
            return null;
        });
        popularity.refresh(counts.keySet().stream().map(k -> UUID.fromString(k.substring(0, k.indexOf('|')))).toList());
    }

    private Set<String> existing(List<String> listingIds) {
        Set<UUID> ids = new HashSet<>();
        for (String id : listingIds) {
            try {
                ids.add(UUID.fromString(id));
            } catch (IllegalArgumentException e) {
                throw new InvalidRecordException("listingId: '" + id + "' is not a listing id (a UUID)");
            }
        }
        return jdbc.execute(conn -> {
            try (PreparedStatement s = conn.prepareStatement("SELECT listing_id FROM listing WHERE listing_id = ANY(?)")) {
                s.setArray(1, conn.createArrayOf("uuid", ids.toArray()));
                try (ResultSet rs = s.executeQuery()) {
                    Set<String> found = new HashSet<>();
                    while (rs.next()) {
                        found.add(rs.getObject(1, UUID.class).toString());
                    }
                    return found;
                }
            }
        });
    }
}
