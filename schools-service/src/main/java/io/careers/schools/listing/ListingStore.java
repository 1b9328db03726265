package io.careers.schools.listing;

import io.careers.contracts.http.PageRequest;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** SQL on listings, on the caller's transaction. */
@Singleton
record ListingStore(JdbcOperations jdbc, ObjectMapper json, ListingRows rows) {
    /** The rows of a batch as columns, one array each. */
    private static final String ROWS = """
        unnest(?::uuid[], ?::text[], ?::text[], ?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[],
               ?::text[], ?::text[], ?::text[], ?::numeric[], ?::text[], ?::int[], ?::date[], ?::date[], ?::text[],
               ?::text[], ?::bigint[], ?::text[], ?::text[])
          AS u(id, partner, ext, inst, prog, sort, st, title, cip, cred, deliv, acc, tuition, campaign, prio,
               afrom, ato, discl, status, version, source, prov)
        """;
    private static final String INSERT = """
        INSERT INTO listing (listing_id, partner_id, external_id, institution_id, program_id, institution_sort, state,
            program_title, cip_code, credential, delivery, accreditations, annual_tuition_usd, campaign_id, priority,
            active_from, active_to, disclosure, status, version, source, provenance)
        SELECT id, partner, ext, inst, prog, sort, st, title, cip, cred, deliv, string_to_array(acc, chr(31)), tuition,
               campaign, prio, afrom, ato, discl, status, version, source, prov::jsonb
        """ + " FROM " + ROWS;
    private static final String UPDATE = """
        UPDATE listing l SET institution_id = u.inst, program_id = u.prog, institution_sort = u.sort, state = u.st,
            program_title = u.title, cip_code = u.cip, credential = u.cred, delivery = u.deliv,
            accreditations = string_to_array(u.acc, chr(31)), annual_tuition_usd = u.tuition, campaign_id = u.campaign,
            priority = u.prio, active_from = u.afrom, active_to = u.ato, disclosure = u.discl, status = u.status,
            version = u.version, source = u.source, provenance = u.prov::jsonb, updated_at = now()
        """ + " FROM " + ROWS + " WHERE l.listing_id = u.id AND l.partner_id = u.partner AND l.external_id = u.ext";


    /**
     * @param partnerId   the owner
     * @param externalIds the partner's ids
     * @return the partner's listings with those ids, locked for update until commit
     */
    Map<String, StoredListing> lockByExternalId(String partnerId, Collection<String> externalIds) {
        return jdbc.execute(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + ListingRows.COLUMNS + " FROM listing l "
                + "JOIN institution i ON i.institution_id = l.institution_id "
                + "WHERE l.partner_id = ? AND l.external_id = ANY(?) ORDER BY l.external_id FOR UPDATE OF l")) {
                s.setString(1, partnerId);
                s.setArray(2, c.createArrayOf("text", externalIds.toArray()));
                try (ResultSet rs = s.executeQuery()) {
                    Map<String, StoredListing> found = new HashMap<>();
                    while (rs.next()) {
                        StoredListing listing = rows.listing(rs);
                        found.put(listing.externalId(), listing);
                    }
                    return found;
                }
            }
        });
    }

    /**
     * @param institutionId an institution
     * @return every active listing of it, whichever partner's, locked for update until commit
     */
    List<StoredListing> lockActiveByInstitution(UUID institutionId) {
        return lockActive("l.institution_id = ?", institutionId);
    }

    /** @return the active listings a campaign places, locked until commit */
    List<StoredListing> lockActiveByCampaign(String campaignId) {
        return lockActive("l.campaign_id = ?", campaignId);
    }

    private List<StoredListing> lockActive(String condition, Object value) {
        return jdbc.execute(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + ListingRows.COLUMNS + " FROM listing l "
                + "JOIN institution i ON i.institution_id = l.institution_id "
                + "WHERE " + condition + " AND l.status = 'ACTIVE' ORDER BY l.listing_id FOR UPDATE OF l")) {
                s.setObject(1, value);
                try (ResultSet rs = s.executeQuery()) {
                    List<StoredListing> found = new ArrayList<>();
                    while (rs.next()) {
                        found.add(rows.listing(rs));
                    }
                    return found;
                }
            }
        });
    }

    void insert(List<StoredListing> listings) {
        write(INSERT, listings);
    }

    void update(List<StoredListing> listings) {
        write(UPDATE, listings);
    }

    /**
     * @param partnerId the owner
     * @param paging    the page
     * @return the page, and how many listings the partner has in all
     */
    Page page(String partnerId, PageRequest paging) {
        return jdbc.execute(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + ListingRows.COLUMNS + ", count(*) OVER () "
                + "FROM listing l JOIN institution i ON i.institution_id = l.institution_id WHERE l.partner_id = ? "
                + "ORDER BY l.external_id LIMIT ? OFFSET ?")) {
                s.setString(1, partnerId);
                s.setInt(2, paging.size());
                s.setLong(3, paging.offset());
                try (ResultSet rs = s.executeQuery()) {
                    List<StoredListing> items = new ArrayList<>();
                    long total = 0;
                    while (rs.next()) {
                        items.add(rows.listing(rs));
                        total = rs.getLong(27);
                    }
                    if (items.isEmpty()) {
                        total = count(c, partnerId);
                    }
                    return new Page(items, total);
                }
            }
        });
    }

    private static long count(Connection c, String partnerId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM listing WHERE partner_id = ?")) {
            s.setString(1, partnerId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Writes a batch with one statement: its rows travel as one array per column. */
    private void write(String sql, List<StoredListing> listings) {
        if (listings.isEmpty()) {
            return;
        }
        jdbc.execute(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                int i = 1;
                s.setArray(i++, array(c, "uuid", listings, StoredListing::listingId));
                s.setArray(i++, array(c, "text", listings, StoredListing::partnerId));
                s.setArray(i++, array(c, "text", listings, StoredListing::externalId));
                s.setArray(i++, array(c, "uuid", listings, StoredListing::institutionId));
                s.setArray(i++, array(c, "uuid", listings, StoredListing::programId));
                s.setArray(i++, array(c, "text", listings, l -> InstitutionStore.sortKey(l.institution())));
                s.setArray(i++, array(c, "text", listings, l -> l.institution().state()));
                s.setArray(i++, array(c, "text", listings, l -> l.program().title()));
                s.setArray(i++, array(c, "text", listings, l -> l.program().cipCode()));
                s.setArray(i++, array(c, "text", listings, l -> l.program().credential().name()));
                s.setArray(i++, array(c, "text", listings, l -> l.program().delivery().name()));
                // Accreditations travel as one text per listing, joined by the unit separator.
                s.setArray(i++, array(c, "text", listings, l -> String.join("\u001f",
                    l.program().accreditations() == null ? List.of() : l.program().accreditations())));
                s.setArray(i++, array(c, "numeric", listings, l -> l.program().annualTuitionUsd()));
                s.setArray(i++, array(c, "text", listings, l -> l.sponsorship() == null ? null : l.sponsorship().campaignId()));
                s.setArray(i++, array(c, "integer", listings, l -> l.sponsorship() == null ? null : l.sponsorship().priority()));
                s.setArray(i++, array(c, "date", listings,
                    l -> l.sponsorship() == null ? null : Date.valueOf(l.sponsorship().activeFrom())));
                s.setArray(i++, array(c, "date", listings,
                    l -> l.sponsorship() == null ? null : Date.valueOf(l.sponsorship().activeTo())));
                s.setArray(i++, array(c, "text", listings, l -> l.sponsorship() == null ? null : l.sponsorship().disclosure()));
                s.setArray(i++, array(c, "text", listings, l -> l.active() ? "ACTIVE" : "WITHDRAWN"));
                s.setArray(i++, array(c, "bigint", listings, StoredListing::version));
                s.setArray(i++, array(c, "text", listings, l -> l.source().name()));
                s.setArray(i, array(c, "text", listings, l -> json(l.provenance())));
                return s.executeUpdate();
            }
        });
    }

    private static java.sql.Array array(Connection c, String type, List<StoredListing> listings,
                                        java.util.function.Function<StoredListing, Object> column) throws SQLException {
        return c.createArrayOf(type, listings.stream().map(column).toArray());
    }

    private String json(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param items listings of the page
     * @param total listings in all
     */
    record Page(List<StoredListing> items, long total) {
    }
}
