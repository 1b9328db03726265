package io.careers.schools.listing;

import io.careers.contracts.schools.Program;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
record ProgramStore(InstitutionRepository repository, ObjectMapper json) {
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
        List<Offered> values = new ArrayList<>(byId.values());
        repository.upsertPrograms(byId.keySet().stream().map(UUID::toString).toArray(String[]::new),
            values.stream().map(v -> v.institutionId().toString()).toArray(String[]::new),
            values.stream().map(v -> v.program().title()).toArray(String[]::new),
            values.stream().map(v -> v.program().cipCode()).toArray(String[]::new),
            values.stream().map(v -> v.program().credential().name()).toArray(String[]::new),
            // Accreditations travel as one text per program, joined by the unit separator.
            values.stream().map(v -> String.join("\u001f",
                v.program().accreditations() == null ? List.of() : v.program().accreditations())).toArray(String[]::new),
            values.stream().map(v -> provenance).toArray(String[]::new));
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
