package io.careers.schools.listing;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** What a partner's write changes in a listing, and the provenance that records who changed it. */
final class ListingChanges {
    static final String[] FIELDS = {"institution", "program", "program.title", "program.cipCode", "program.credential",
        "program.delivery", "program.accreditations", "program.annualTuitionUsd", "sponsorship", "status"};

    private ListingChanges() {
    }

    /** Fields whose value differs from before (all of them for a new listing), with an empty origin. */
    static Map<String, Map<String, String>> changedFields(StoredListing before, StoredListing after) {
        Map<String, Map<String, String>> changed = new TreeMap<>();
        for (String field : FIELDS) {
            if (before == null || !Objects.equals(value(before, field), value(after, field))) {
                changed.put(field, Map.of());
            }
        }
        return changed;
    }

    private static Object value(StoredListing l, String field) {
        return switch (field) {
            case "institution" -> l.institutionId();
            case "program" -> l.programId();
            case "program.title" -> l.program().title();
            case "program.cipCode" -> l.program().cipCode();
            case "program.credential" -> l.program().credential();
            case "program.delivery" -> l.program().delivery();
            case "program.accreditations" -> l.program().accreditations();
            case "program.annualTuitionUsd" -> l.program().annualTuitionUsd();
            case "sponsorship" -> l.sponsorship();
            case "status" -> l.active();
            default -> throw new IllegalArgumentException(field);
        };
    }

    static StoredListing withProvenance(StoredListing l, StoredListing before, Map<String, Map<String, String>> changed,
                                                String partnerId, Source source, Instant now) {
        Map<String, Map<String, String>> provenance = new TreeMap<>(before == null ? Map.of() : before.provenance());
        changed.keySet().forEach(field -> provenance.put(field, origin(partnerId, source, now)));
        return new StoredListing(l.listingId(), l.partnerId(), l.externalId(), l.institutionId(), l.programId(),
            l.institution(), l.program(), l.sponsorship(), l.active(), l.version(), l.source(), provenance, now);
    }

    static Map<String, String> origin(String partnerId, Source source, Instant at) {
        Map<String, String> origin = new HashMap<>();
        origin.put("partner", partnerId);
        origin.put("source", source.name());
        origin.put("at", at.toString());
        return origin;
    }
}
