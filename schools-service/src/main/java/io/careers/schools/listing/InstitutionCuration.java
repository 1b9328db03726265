package io.careers.schools.listing;

import io.careers.contracts.problem.DomainException;
import io.careers.contracts.schools.Institution;
import io.careers.contracts.schools.Ownership;
import io.careers.schools.listing.InstitutionRepository.StoredInstitution;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Admins curate the institutions partners share: they read what partners propose and correct the
 * record, and every correction is kept with who made it. The listings that show a corrected
 * institution are announced again, so pages show the correction.
 */
@Singleton
class InstitutionCuration {
    private final InstitutionRepository institutions;
    private final ListingAnnouncements announcements;
    private final ObjectMapper json;

    InstitutionCuration(InstitutionRepository institutions, ListingAnnouncements announcements, ObjectMapper json) {
        this.institutions = institutions;
        this.announcements = announcements;
        this.json = json;
    }

    @Transactional
    CuratedInstitution read(UUID institutionId) {
        return view(institutions.lock(institutionId).orElseThrow(() -> notFound(institutionId)));
    }

    @Transactional
    CuratedInstitution correct(UUID institutionId, InstitutionCorrection correction, String admin) {
        StoredInstitution before = institutions.lock(institutionId).orElseThrow(() -> notFound(institutionId));
        Map<String, String[]> changed = changes(before, correction.checked());
        if (!changed.isEmpty()) {
            String name = value(changed, "name", before.name());
            institutions.correct(institutionId, name, value(changed, "city", before.city()),
                value(changed, "ownership", before.ownership()), value(changed, "website", before.website()),
                changed.keySet().toArray(String[]::new), origin(admin));
            changed.forEach((field, values) -> institutions.recordChange(institutionId, field, values[0], values[1], admin));
            institutions.dropSettledProposals(institutionId);
            if (changed.containsKey("name")) {
                institutions.resortListings(institutionId);
            }
            announcements.reannounce(institutionId);
        }
        return view(institutions.lock(institutionId).orElseThrow());
    }

    /** @return field to {old, new} for each field the correction changes */
    private static Map<String, String[]> changes(StoredInstitution before, InstitutionCorrection c) {
        Map<String, String[]> changed = new LinkedHashMap<>();
        put(changed, "name", before.name(), c.name());
        put(changed, "city", before.city(), c.city());
        put(changed, "ownership", before.ownership(), c.ownership());
        put(changed, "website", before.website(), c.website());
        return changed;
    }

    private static void put(Map<String, String[]> changed, String field, String before, String after) {
        if (after != null && !Objects.equals(before, after)) {
            changed.put(field, new String[] {before, after});
        }
    }

    private static String value(Map<String, String[]> changed, String field, String before) {
        return changed.containsKey(field) ? changed.get(field)[1] : before;
    }

    private CuratedInstitution view(StoredInstitution i) {
        Institution institution = new Institution(i.name(), i.city(), i.state().trim(),
            i.ownership() == null ? null : Ownership.valueOf(i.ownership()), i.website());
        return new CuratedInstitution(i.institutionId().toString(), institution,
            institutions.proposals(i.institutionId()), institutions.changes(i.institutionId()));
    }

    private String origin(String admin) {
        try {
            return json.writeValueAsString(Map.of("admin", admin, "source", "ADMIN", "at", Instant.now().toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DomainException notFound(UUID institutionId) {
        return DomainException.notFound("No institution " + institutionId + ".");
    }
}
