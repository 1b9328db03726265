package io.careers.schools.listing;

import io.careers.contracts.schools.Institution;
import io.careers.contracts.schools.Ownership;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

/**
 * Institutions, shared by every partner that lists their programs. The first partner to name one
 * creates it; later partners fill only its blank ownership or website, and what they would change
 * is kept as their proposal: no partner rewrites what other partners' listings show. Each field
 * remembers who set it.
 */
@Singleton
record InstitutionStore(InstitutionRepository repository, ObjectMapper json) {
    private static final String[] FIELDS = {"name", "city", "state", "ownership", "website"};
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
        List<Institution> values = new ArrayList<>(byKey.values());
        String[] keys = byKey.keySet().toArray(String[]::new);
        String[] names = column(values, Institution::name);
        String[] cities = column(values, Institution::city);
        String[] ownerships = column(values, i -> i.ownership() == null ? null : i.ownership().name());
        String[] websites = column(values, Institution::website);
        repository.upsertInstitutions(values.stream().map(i -> UUID.randomUUID().toString()).toArray(String[]::new),
            keys, names, cities, column(values, Institution::state), ownerships, websites, column(values, i -> provenance));
        repository.propose(partnerId, keys, names, cities, ownerships, websites);
        Map<String, Matched> matched = new HashMap<>();
        for (InstitutionRepository.StoredInstitution stored : repository.byMatchKeys(keys)) {
            matched.put(stored.matchKey(), new Matched(stored.institutionId(), new Institution(stored.name(),
                stored.city(), stored.state().trim(),
                stored.ownership() == null ? null : Ownership.valueOf(stored.ownership()), stored.website())));
        }
        return matched;
    }

    private static <T> String[] column(List<T> rows, Function<T, String> value) {
        return rows.stream().map(value).toArray(String[]::new);
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
