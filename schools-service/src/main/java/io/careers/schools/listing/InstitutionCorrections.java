package io.careers.schools.listing;

import io.careers.contracts.http.FieldError;
import io.careers.contracts.problem.DomainException;
import io.careers.contracts.schools.Ownership;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/** The rules of an admin's institution correction, the same limits partners' documents have. */
final class InstitutionCorrections {
    static final int MAX_NAME = 200;
    static final int MAX_CITY = 100;
    static final int MAX_WEBSITE = 300;

    private InstitutionCorrections() {
    }

    /**
     * @param correction what an admin sent
     * @return it, with names and cities stripped of surrounding blanks
     * @throws DomainException naming each field that breaks a rule (422)
     */
    static InstitutionCorrection check(InstitutionCorrection correction) {
        List<FieldError> errors = new ArrayList<>();
        String name = text(correction.name(), "name", MAX_NAME, errors);
        String city = text(correction.city(), "city", MAX_CITY, errors);
        if (correction.ownership() != null && !isOwnership(correction.ownership())) {
            errors.add(new FieldError("ownership", "must be one of " + List.of(Ownership.values()) + "; was '"
                + correction.ownership() + "'"));
        }
        if (correction.website() != null && !isWebsite(correction.website())) {
            errors.add(new FieldError("website", "must be an http or https address of at most " + MAX_WEBSITE
                + " characters"));
        }
        if (name == null && city == null && correction.ownership() == null && correction.website() == null
            && errors.isEmpty()) {
            errors.add(new FieldError("body", "names no field to correct: name, city, ownership or website"));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        return new InstitutionCorrection(name, city, correction.ownership(), correction.website());
    }

    private static String text(String value, String field, int max, List<FieldError> errors) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.isEmpty() || stripped.length() > max || stripped.chars().anyMatch(Character::isISOControl)) {
            errors.add(new FieldError(field, "must be 1 to " + max + " characters, without control characters"));
        }
        return stripped;
    }

    private static boolean isOwnership(String value) {
        for (Ownership o : Ownership.values()) {
            if (o.name().equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWebsite(String value) {
        if (value.length() > MAX_WEBSITE) {
            return false;
        }
        try {
            URI uri = new URI(value);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (Exception e) {
            return false;
        }
    }
}
