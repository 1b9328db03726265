package io.careers.schools.listing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** SQL on listings, on the caller's transaction. */
@Singleton
class ListingStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String INSERT = """
        INSERT INTO listing (institution_id, institution_sort, state, program_title, cip_code, credential, delivery,
            accreditations, annual_tuition_usd, campaign_id, priority, active_from, active_to, disclosure, status,
            version, source, provenance, listing_id, partner_id, external_id)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?)
        """;
    private static final String UPDATE = """
        UPDATE listing SET institution_id = ?, institution_sort = ?, state = ?, program_title = ?, cip_code = ?,
            credential = ?, delivery = ?,
            accreditations = ?, annual_tuition_usd = ?, campaign_id = ?, priority = ?, active_from = ?, active_to = ?,
            disclosure = ?, status = ?, version = ?, source = ?, provenance = ?::jsonb, updated_at = now()
        WHERE listing_id = ? AND partner_id = ? AND external_id = ?
        """;

    private final JdbcOperations jdbc;

    ListingStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

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
                        StoredListing listing = ListingRows.listing(rs);
                        found.put(listing.externalId(), listing);
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
     * @param page      1-based page
     * @param size      page size
     * @return the page, and how many listings the partner has in all
     */
    Page page(String partnerId, int page, int size) {
        return jdbc.execute(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + ListingRows.COLUMNS + ", count(*) OVER () "
                + "FROM listing l JOIN institution i ON i.institution_id = l.institution_id WHERE l.partner_id = ? "
                + "ORDER BY l.external_id LIMIT ? OFFSET ?")) {
                s.setString(1, partnerId);
                s.setInt(2, size);
                s.setLong(3, (long) (page - 1) * size);
                try (ResultSet rs = s.executeQuery()) {
                    List<StoredListing> items = new ArrayList<>();
                    long total = 0;
                    while (rs.next()) {
                        items.add(ListingRows.listing(rs));
                        total = rs.getLong(26);
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

    private void write(String sql, List<StoredListing> listings) {
        if (listings.isEmpty()) {
            return;
        }
        jdbc.execute(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                for (StoredListing l : listings) {
                    int i = 1;
                    s.setObject(i++, l.institutionId());
                    s.setString(i++, InstitutionStore.sortKey(l.institution()));
                    s.setString(i++, l.institution().state());
                    s.setString(i++, l.program().title());
                    s.setString(i++, l.program().cipCode());
                    s.setString(i++, l.program().credential().name());
                    s.setString(i++, l.program().delivery().name());
                    s.setArray(i++, c.createArrayOf("text",
                        l.program().accreditations() == null ? new Object[0] : l.program().accreditations().toArray()));
                    s.setBigDecimal(i++, l.program().annualTuitionUsd());
                    var sp = l.sponsorship();
                    s.setString(i++, sp == null ? null : sp.campaignId());
                    if (sp == null) {
                        s.setNull(i++, Types.INTEGER);
                    } else {
                        s.setInt(i++, sp.priority());
                    }
                    s.setDate(i++, sp == null ? null : Date.valueOf(sp.activeFrom()));
                    s.setDate(i++, sp == null ? null : Date.valueOf(sp.activeTo()));
                    s.setString(i++, sp == null ? null : sp.disclosure());
                    s.setString(i++, l.active() ? "ACTIVE" : "WITHDRAWN");
                    s.setLong(i++, l.version());
                    s.setString(i++, l.source().name());
                    s.setString(i++, json(l.provenance()));
                    s.setObject(i++, l.listingId());
                    s.setString(i++, l.partnerId());
                    s.setString(i, l.externalId());
                    s.addBatch();
                }
                s.executeBatch();
            }
            return null;
        });
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
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
