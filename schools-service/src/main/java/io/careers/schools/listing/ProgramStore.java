package io.careers.schools.listing;

import io.careers.contracts.schools.Program;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Programs, shared by every partner that lists them: one per institution, CIP code, credential and
 * normalised title. A partner's non-empty accreditations replace the stored ones, and remember who
 * set them.
 */
@Singleton
class ProgramStore {
    private static final String UPSERT = """
        INSERT INTO program (program_id, institution_id, title, cip_code, credential, accreditations, provenance)
        SELECT id, inst, t, cip, cred, string_to_array(acc, chr(31)), p::jsonb
          FROM unnest(?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
            AS u(id, inst, t, cip, cred, acc, p)
        ON CONFLICT (program_id) DO UPDATE SET
            title = EXCLUDED.title,
            accreditations = CASE WHEN cardinality(EXCLUDED.accreditations) > 0
                                  THEN EXCLUDED.accreditations ELSE program.accreditations END,
            provenance = program.provenance
                || CASE WHEN program.title IS DISTINCT FROM EXCLUDED.title
                        THEN jsonb_build_object('title', EXCLUDED.provenance->'title') ELSE '{}' END
                || CASE WHEN cardinality(EXCLUDED.accreditations) > 0 AND program.accreditations IS DISTINCT FROM EXCLUDED.accreditations
                        THEN jsonb_build_object('accreditations', EXCLUDED.provenance->'accreditations') ELSE '{}' END,
            updated_at = now()
        WHERE program.title IS DISTINCT FROM EXCLUDED.title
           OR (cardinality(EXCLUDED.accreditations) > 0 AND program.accreditations IS DISTINCT FROM EXCLUDED.accreditations)
        """;

    private final JdbcOperations jdbc;
    private final ObjectMapper json;

    ProgramStore(JdbcOperations jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * @return the id two partners' listings of one program share: a name-based UUID of the
     * institution, CIP code, credential and normalised title
     */
    static UUID programId(UUID institutionId, Program program) {
        String title = program.title().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
        String key = "program|" + institutionId + "|" + program.cipCode() + "|" + program.credential() + "|" + title;
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param programs  institution id and program, as a partner sends them
     * @param partnerId the partner
     * @param source    API or feed
     */
    void upsert(List<Offered> programs, String partnerId, Source source) {
        // Sorted by id: concurrent batches lock shared programs in one order.
        Map<UUID, Offered> byId = new TreeMap<>();
        programs.forEach(p -> byId.put(programId(p.institutionId(), p.program()), p));
        String provenance = provenance(partnerId, source);
        jdbc.execute(c -> {
            List<Offered> values = new ArrayList<>(byId.values());
            try (PreparedStatement s = c.prepareStatement(UPSERT)) {
                s.setArray(1, c.createArrayOf("uuid", byId.keySet().toArray()));
                s.setArray(2, c.createArrayOf("uuid", values.stream().map(Offered::institutionId).toArray()));
                s.setArray(3, c.createArrayOf("text", values.stream().map(v -> v.program().title()).toArray()));
                s.setArray(4, c.createArrayOf("text", values.stream().map(v -> v.program().cipCode()).toArray()));
                s.setArray(5, c.createArrayOf("text", values.stream().map(v -> v.program().credential().name()).toArray()));
                // Accreditations travel as one text per program, joined by the unit separator.
                s.setArray(6, c.createArrayOf("text", values.stream().map(v -> String.join("\u001f",
                    v.program().accreditations() == null ? List.of() : v.program().accreditations())).toArray()));
                s.setArray(7, c.createArrayOf("text", values.stream().map(v -> provenance).toArray()));
                return s.executeUpdate();
            }
        });
    }

    private String provenance(String partnerId, Source source) {
        Map<String, String> origin = Map.of("partner", partnerId, "source", source.name(), "at", Instant.now().toString());
        try {
            return json.writeValueAsString(Map.of("title", origin, "accreditations", origin));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param institutionId the institution that offers it
     * @param program       the program
     */
    record Offered(UUID institutionId, Program program) {
    }
}
