package io.careers.schools.listing;

import io.careers.contracts.schools.Institution;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Institutions, shared by every partner that lists their programs. A partner's values replace the
 * stored ones (ownership and website only when given), and each field remembers who set it.
 */
@Singleton
class InstitutionStore {
    private static final String[] FIELDS = {"name", "city", "state", "ownership", "website"};
    private static final String UPSERT = """
        INSERT INTO institution (institution_id, match_key, name, city, state, ownership, website, provenance)
        SELECT id, mk, n, c, s, o, w, p::jsonb
          FROM unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
            AS u(id, mk, n, c, s, o, w, p)
        ON CONFLICT (match_key) DO UPDATE SET
            name = EXCLUDED.name, city = EXCLUDED.city, state = EXCLUDED.state,
            ownership = COALESCE(EXCLUDED.ownership, institution.ownership),
            website = COALESCE(EXCLUDED.website, institution.website),
            provenance = institution.provenance
                || CASE WHEN institution.name IS DISTINCT FROM EXCLUDED.name
                        THEN jsonb_build_object('name', EXCLUDED.provenance->'name') ELSE '{}' END
                || CASE WHEN institution.city IS DISTINCT FROM EXCLUDED.city
                        THEN jsonb_build_object('city', EXCLUDED.provenance->'city') ELSE '{}' END
                || CASE WHEN institution.state IS DISTINCT FROM EXCLUDED.state
                        THEN jsonb_build_object('state', EXCLUDED.provenance->'state') ELSE '{}' END
                || CASE WHEN EXCLUDED.ownership IS NOT NULL AND institution.ownership IS DISTINCT FROM EXCLUDED.ownership
                        THEN jsonb_build_object('ownership', EXCLUDED.provenance->'ownership') ELSE '{}' END
                || CASE WHEN EXCLUDED.website IS NOT NULL AND institution.website IS DISTINCT FROM EXCLUDED.website
                        THEN jsonb_build_object('website', EXCLUDED.provenance->'website') ELSE '{}' END,
            updated_at = now()
        WHERE (institution.name, institution.city, institution.state) IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.city, EXCLUDED.state)
           OR (EXCLUDED.ownership IS NOT NULL AND EXCLUDED.ownership IS DISTINCT FROM institution.ownership)
           OR (EXCLUDED.website IS NOT NULL AND EXCLUDED.website IS DISTINCT FROM institution.website)
        RETURNING match_key, (xmax = 0) AS inserted
        """;

    private final JdbcOperations jdbc;
    private final ObjectMapper json;

    InstitutionStore(JdbcOperations jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * @param institutions institutions as a partner sends them
     * @param partnerId    the partner
     * @param source       API or feed
     * @return match key to the stored institution's id and values
     */
    Map<String, Matched> upsert(List<Institution> institutions, String partnerId, Source source) {
        // Sorted by match key: concurrent batches lock shared institutions in one order.
        Map<String, Institution> byKey = new TreeMap<>();
        institutions.forEach(i -> byKey.put(InstitutionMatch.key(i), i));
        String provenance = provenance(partnerId, source);
        return jdbc.execute(c -> {
            try (PreparedStatement s = c.prepareStatement(UPSERT)) {
                List<Institution> values = new ArrayList<>(byKey.values());
                s.setArray(1, c.createArrayOf("uuid", values.stream().map(i -> UUID.randomUUID()).toArray()));
                s.setArray(2, c.createArrayOf("text", byKey.keySet().toArray()));
                s.setArray(3, c.createArrayOf("text", values.stream().map(Institution::name).toArray()));
                s.setArray(4, c.createArrayOf("text", values.stream().map(Institution::city).toArray()));
                s.setArray(5, c.createArrayOf("text", values.stream().map(Institution::state).toArray()));
                s.setArray(6, c.createArrayOf("text", values.stream()
                    .map(i -> i.ownership() == null ? null : i.ownership().name()).toArray()));
                s.setArray(7, c.createArrayOf("text", values.stream().map(Institution::website).toArray()));
                s.setArray(8, c.createArrayOf("text", values.stream().map(i -> provenance).toArray()));
                List<String> changed = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        if (!rs.getBoolean(2)) {
                            changed.add(rs.getString(1));
                        }
                    }
                }
                if (!changed.isEmpty()) {
                    // Every partner's listings of a renamed institution sort under its new name.
                    try (PreparedStatement u = c.prepareStatement("UPDATE listing l SET institution_sort = lower(i.name) "
                        + "FROM institution i WHERE l.institution_id = i.institution_id AND i.match_key = ANY(?) "
                        + "AND l.institution_sort IS DISTINCT FROM lower(i.name)")) {
                        u.setArray(1, c.createArrayOf("text", changed.toArray()));
                        u.executeUpdate();
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("SELECT match_key, institution_id, name, city, state, "
                + "ownership, website FROM institution WHERE match_key = ANY(?)")) {
                s.setArray(1, c.createArrayOf("text", byKey.keySet().toArray()));
                try (ResultSet rs = s.executeQuery()) {
                    Map<String, Matched> matched = new HashMap<>();
                    while (rs.next()) {
                        matched.put(rs.getString(1), new Matched(rs.getObject(2, UUID.class), ListingRows.institution(rs, 3)));
                    }
                    return matched;
                }
            }
        });
    }

    /** @return how listings of an institution sort by its name (as {@code lower(name)} in SQL) */
    static String sortKey(Institution institution) {
        return institution.name().toLowerCase(java.util.Locale.ROOT);
    }

    private String provenance(String partnerId, Source source) {
        Map<String, Map<String, String>> fields = new TreeMap<>();
        String at = Instant.now().toString();
        for (String field : FIELDS) {
            fields.put(field, Map.of("partner", partnerId, "source", source.name(), "at", at));
        }
        try {
            return json.writeValueAsString(fields);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param institutionId the stored institution
     * @param institution   its values now
     */
    record Matched(UUID institutionId, Institution institution) {
    }
}
