package io.careers.schools.listing;

import io.careers.contracts.api.schools.SchoolItem;
import io.careers.contracts.api.schools.SchoolsPage;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The ranked listing: sponsored placements whose campaign is active today first, by priority; then
 * organic listings by interactions over the last 30 days, then by institution name. A placement
 * outside its dates ranks as organic, without disclosure.
 *
 * <p>The two groups are read by two top-N queries on {@code listing} alone (popularity, state and
 * the institution's sort name are kept on it), each CIP code in index order, so a page costs index
 * range scans, not a sort of every match; a page that straddles the groups takes the end of one and
 * the start of the other. Plans are made for the actual values ({@code plan_cache_mode =
 * force_custom_plan}, set on every connection in application.yml): a generic plan for "any of these
 * CIP codes" scans every listing.
 */
@Singleton
class SchoolQueries {
    private static final String ACTIVE_CAMPAIGN = "(l.campaign_id IS NOT NULL AND ?::date BETWEEN l.active_from AND l.active_to)";
    private static final String FROM = " FROM listing l JOIN institution i ON i.institution_id = l.institution_id";
    private static final String SPONSORED_ORDER =
        "l.priority DESC, l.interactions_30d DESC, l.institution_sort, l.program_title, l.listing_id";
    private static final String ORGANIC_ORDER = "l.interactions_30d DESC, l.institution_sort, l.program_title, l.listing_id";
    // The same orders over the union's columns: ListingRows.COLUMNS (1 listing_id, 10 program_title,
    // 17 priority; 26 columns in all), then 27 interactions_30d and 28 institution_sort.
    private static final String SPONSORED_ORDER_BY_POSITION = "17 DESC, 27 DESC, 28, 10, 1";
    private static final String ORGANIC_ORDER_BY_POSITION = "27 DESC, 28, 10, 1";

    private final JdbcOperations jdbc;
    private final ListingRows rows;

    SchoolQueries(JdbcOperations jdbc, ListingRows rows) {
        this.jdbc = jdbc;
        this.rows = rows;
    }

    @Transactional
    SchoolsPage search(SchoolsQuery query) {
        Filter filter = new Filter(query.cipCodes(), query.state(),
            query.credential() == null ? null : query.credential().name(),
            query.delivery() == null ? null : query.delivery().name(), query.words());
        int size = query.paging().size();
        LocalDate today = query.today();
        long offset = query.paging().offset();
        return jdbc.execute(c -> {
            long[] counts = counts(c, filter, today);
            long sponsoredTotal = counts[0];
            long total = counts[1];
            List<SchoolItem> items = new ArrayList<>(size);
            if (offset < sponsoredTotal) {
                items.addAll(page(c, filter, today, true, size, offset));
            }
            int remaining = size - items.size();
            if (remaining > 0 && offset + items.size() < total) {
                items.addAll(page(c, filter, today, false, remaining, Math.max(0, offset - sponsoredTotal)));
            }
            return new SchoolsPage(items, query.paging().page(), size, total, query.paging().pagesOf(total));
        });
    }

    /** @return sponsored-today and all matches, counted per CIP code from the index alone */
    private static long[] counts(Connection c, Filter filter, LocalDate today) throws SQLException {
        List<Object> parameters = new ArrayList<>();
        List<String> counts = new ArrayList<>();
        for (Filter branch : branches(filter)) {
            parameters.add(today);
            counts.add("SELECT count(*) FILTER (WHERE " + ACTIVE_CAMPAIGN + ") AS sponsored, count(*) AS total "
                + "FROM listing l WHERE " + branch.sql(parameters));
        }
        String sql = "SELECT COALESCE(sum(sponsored), 0), COALESCE(sum(total), 0) FROM ("
            + String.join(" UNION ALL ", counts) + ") AS per_cip";
        try (PreparedStatement s = prepare(c, sql, parameters); ResultSet rs = s.executeQuery()) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2)};
        }
    }

    private List<SchoolItem> page(Connection c, Filter filter, LocalDate today, boolean sponsored, int limit,
                                         long offset) throws SQLException {
        String innerOrder = sponsored ? SPONSORED_ORDER : ORGANIC_ORDER;
        String outerOrder = sponsored ? SPONSORED_ORDER_BY_POSITION : ORGANIC_ORDER_BY_POSITION;
        List<Object> parameters = new ArrayList<>();
        // One index-ordered branch per CIP code, each cut at the page's end, merged in rank order.
        List<String> selects = new ArrayList<>();
        for (Filter branch : branches(filter)) {
            String where = branch.sql(parameters) + (sponsored ? " AND " : " AND NOT ") + ACTIVE_CAMPAIGN;
            parameters.add(today);
            selects.add("(SELECT " + ListingRows.COLUMNS + ", l.interactions_30d, l.institution_sort" + FROM
                + " WHERE " + where + " ORDER BY " + innerOrder + " LIMIT ?)");
            parameters.add(offset + limit);
        }
        String sql = "SELECT * FROM (" + String.join(" UNION ALL ", selects) + ") AS ranked ORDER BY " + outerOrder
            + " LIMIT ? OFFSET ?";
        parameters.add(limit);
        parameters.add(offset);
        try (PreparedStatement s = prepare(c, sql, parameters); ResultSet rs = s.executeQuery()) {
            List<SchoolItem> items = new ArrayList<>();
            while (rs.next()) {
                StoredListing l = rows.listing(rs);
                long interactions = rs.getLong(27);
                items.add(new SchoolItem(l.listingId().toString(), l.institutionId().toString(), l.programId().toString(),
                    l.institution(),
                    l.program(), sponsored, sponsored ? disclosure(l) : null,
                    new SchoolItem.Rank(sponsored ? "SPONSORED_PRIORITY" : "POPULARITY",
                        sponsored ? l.sponsorship().priority() : null, interactions)));
            }
            return items;
        }
    }

    /** Each CIP code on its own, so that PostgreSQL reads each in index order. */
    private static List<Filter> branches(Filter filter) {
        return filter.cips().size() > 1 ? filter.cips().stream().map(filter::withCip).toList() : List.of(filter);
    }

    private static PreparedStatement prepare(Connection c, String sql, List<Object> parameters) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < parameters.size(); i++) {
            Object p = parameters.get(i);
            if (p instanceof String[] array) {
                s.setArray(i + 1, c.createArrayOf("text", array));
            } else {
                s.setObject(i + 1, p);
            }
        }
        return s;
    }

    /** A paid placement always carries a label, "Sponsored" when the partner gave none. */
    private static String disclosure(StoredListing l) {
        String disclosure = l.sponsorship().disclosure();
        return disclosure == null || disclosure.isBlank() ? "Sponsored" : disclosure;
    }

    /** The query's filters, as SQL on {@code listing l}. */
    private record Filter(List<String> cips, @Nullable String state, @Nullable String credential,
                          @Nullable String delivery, @Nullable String words) {
        Filter withCip(String cip) {
            return new Filter(List.of(cip), state, credential, delivery, words);
        }

        String sql(List<Object> parameters) {
            StringBuilder sql = new StringBuilder("l.status = 'ACTIVE'");
            if (cips.size() == 1) {
                sql.append(" AND l.cip_code = ?");
                parameters.add(cips.get(0));
            } else if (!cips.isEmpty()) {
                sql.append(" AND l.cip_code = ANY(?)");
                parameters.add(cips.toArray(String[]::new));
            }
            if (state != null) {
                sql.append(" AND l.state = ?");
                parameters.add(state);
            }
            if (credential != null) {
                sql.append(" AND l.credential = ?");
                parameters.add(credential);
            }
            if (delivery != null) {
                sql.append(" AND l.delivery = ?");
                parameters.add(delivery);
            }
            if (words != null) {
                sql.append(" AND l.institution_id IN (SELECT s.institution_id FROM institution s"
                    + " WHERE s.search @@ to_tsquery('simple', ?))");
                parameters.add(words);
            }
            return sql.toString();
        }
    }
}
