package io.careers.messaging;

import io.careers.contracts.gateway.ListingViewed;
import io.careers.messaging.inbound.Inbound;
import io.careers.messaging.inbound.Inbox;
import io.micronaut.context.annotation.Context;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.opentelemetry.api.trace.Span;
import jakarta.annotation.PostConstruct;

import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A consumer's state in the tests: how many times each listing was viewed, guarded by the inbox. */
@Context
class AppliedViews {
    static final String CONSUMER = "messaging-test";

    private final JdbcOperations jdbc;
    private final Inbox inbox;
    /** The trace each listing's last view was applied in. */
    private final Map<String, String> traces = new ConcurrentHashMap<>();

    AppliedViews(JdbcOperations jdbc, Inbox inbox) {
        this.jdbc = jdbc;
        this.inbox = inbox;
    }

    @PostConstruct
    @Transactional
    void createTable() {
        jdbc.execute(c -> c.createStatement().execute(
            "CREATE TABLE IF NOT EXISTS view_count (listing_id text PRIMARY KEY, views int NOT NULL)"));
    }

    /** No transaction of its own: the inbound processor opens one around each call. */
    void apply(List<Inbound<ListingViewed>> batch) {
        for (Inbound<ListingViewed> inbound : inbox.claim(CONSUMER, batch, ListingViewed::eventId)) {
            ListingViewed view = inbound.value();
            traces.put(view.listingId(), Span.current().getSpanContext().getTraceId());
            jdbc.execute(c -> {
                try (PreparedStatement s = c.prepareStatement("INSERT INTO view_count VALUES (?, 1) "
                    + "ON CONFLICT (listing_id) DO UPDATE SET views = view_count.views + 1")) {
                    s.setString(1, view.listingId());
                    return s.executeUpdate();
                }
            });
            // After the write, so the test sees that a failing record leaves nothing behind.
            if (view.listingId().startsWith("poison")) {
                throw new IllegalStateException("listing " + view.listingId() + " cannot be counted");
            }
        }
    }

    /** @return the trace id the listing's last view was applied in, or null */
    String traceOf(String listingId) {
        return traces.get(listingId);
    }

    @Transactional
    int views(String listingId) {
        return jdbc.execute(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT views FROM view_count WHERE listing_id = ?")) {
                s.setString(1, listingId);
                var rs = s.executeQuery();
                return rs.next() ? rs.getInt(1) : 0;
            }
        });
    }
}
