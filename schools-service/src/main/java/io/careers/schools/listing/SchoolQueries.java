package io.careers.schools.listing;

import io.careers.contracts.schools.Credential;
import io.careers.contracts.schools.Delivery;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The ranked listing: sponsored placements whose campaign is active today first, by priority; then
 * organic listings by interactions over the last 30 days; then by institution name. A placement
 * outside its dates ranks as organic, without disclosure.
 */
@Singleton
class SchoolQueries {
    private final JdbcOperations jdbc;

    SchoolQueries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    SchoolsPage search(List<String> cips, @Nullable String state, @Nullable Credential credential,
                       @Nullable Delivery delivery, int page, int size, LocalDate today) {
        StringBuilder sql = new StringBuilder("""
            WITH popularity AS (
                SELECT listing_id, sum(views + clicks) AS interactions FROM listing_interaction_daily
                 WHERE day > ?::date - 30 GROUP BY listing_id)
            SELECT %s, COALESCE(p.interactions, 0),
                   (l.campaign_id IS NOT NULL AND ?::date BETWEEN l.active_from AND l.active_to) AS sponsored,
                   count(*) OVER ()
              FROM listing l JOIN institution i ON i.institution_id = l.institution_id
              LEFT JOIN popularity p ON p.listing_id = l.listing_id
             WHERE l.status = 'ACTIVE'
            """.formatted(ListingRows.COLUMNS));
        List<Object> parameters = new ArrayList<>(List.of(today, today));
        if (!cips.isEmpty()) {
            sql.append(" AND l.cip_code = ANY(?)");
            parameters.add(cips.toArray(String[]::new));
        }
        if (state != null) {
            sql.append(" AND i.state = ?");
            parameters.add(state);
        }
        if (credential != null) {
            sql.append(" AND l.credential = ?");
            parameters.add(credential.name());
        }
        if (delivery != null) {
            sql.append(" AND l.delivery = ?");
            parameters.add(delivery.name());
        }
        sql.append(" ORDER BY sponsored DESC, CASE WHEN (l.campaign_id IS NOT NULL AND ?::date BETWEEN l.active_from AND l.active_to)"
            + " THEN l.priority END DESC NULLS LAST, COALESCE(p.interactions, 0) DESC, lower(i.name), l.program_title, l.listing_id"
            + " LIMIT ? OFFSET ?");
        parameters.add(today);
        parameters.add(size);
        parameters.add((long) (page - 1) * size);
        return jdbc.execute(c -> {
            try (PreparedStatement s = c.prepareStatement(sql.toString())) {
                for (int i = 0; i < parameters.size(); i++) {
                    Object p = parameters.get(i);
                    if (p instanceof String[] array) {
                        s.setArray(i + 1, c.createArrayOf("text", array));
                    } else if (p instanceof LocalDate date) {
                        s.setObject(i + 1, date);
                    } else {
                        s.setObject(i + 1, p);
                    }
                }
                try (ResultSet rs = s.executeQuery()) {
                    List<SchoolItem> items = new ArrayList<>();
                    long total = 0;
                    while (rs.next()) {
                        StoredListing l = ListingRows.listing(rs);
                        long interactions = rs.getLong(26);
                        boolean sponsored = rs.getBoolean(27);
                        total = rs.getLong(28);
                        items.add(new SchoolItem(l.listingId().toString(), l.institutionId().toString(), l.institution(),
                            l.program(), sponsored, sponsored ? disclosure(l) : null,
                            new SchoolItem.Rank(sponsored ? "SPONSORED_PRIORITY" : "POPULARITY",
                                sponsored ? l.sponsorship().priority() : null, interactions)));
                    }
                    return new SchoolsPage(items, page, size, total, (total + size - 1) / size);
                }
            }
        });
    }

    /** A paid placement always carries a label, "Sponsored" when the partner gave none. */
    private static String disclosure(StoredListing l) {
        String disclosure = l.sponsorship().disclosure();
        return disclosure == null || disclosure.isBlank() ? "Sponsored" : disclosure;
    }
}
