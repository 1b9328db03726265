package io.careers.schools.listing;

import io.careers.contracts.http.FieldError;
import io.careers.contracts.problem.DomainException;
import io.careers.contracts.schools.Ownership;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * An admin's correction of a shared institution: each field given replaces the stored one, an
 * absent field stays. The state is not correctable: it is part of how partners' documents match.
 *
 * @param name      the name as listings show it
 * @param city      the city
 * @param ownership PUBLIC, PRIVATE_NONPROFIT or PRIVATE_FOR_PROFIT
 * @param website   an http(s) address
 */
@Serdeable
public record InstitutionCorrection(@Nullable String name, @Nullable String city, @Nullable String ownership,
                                    @Nullable String website) {
    static final int MAX_NAME = 200;
    static final int MAX_CITY = 100;
    static final int MAX_WEBSITE = 300;

    /**
     * Checks the correction against the limits partners' documents have.
     *
     * @return it, with names and cities stripped of surrounding blanks
     * @throws DomainException naming each field that breaks a rule (422)
     */
    InstitutionCorrection checked() {
        List<FieldError> errors = new ArrayList<>();
        String strippedName = text(name, "name", MAX_NAME, errors);
        String strippedCity = text(city, "city", MAX_CITY, errors);
        if (ownership != null && !isOwnership(ownership)) {
            errors.add(new FieldError("ownership", "must be one of " + List.of(Ownership.values()) + "; was '"
                + ownership + "'"));
        }
        if (website != null && !isWebsite(website)) {
            errors.add(new FieldError("website", "must be an http or https address of at most " + MAX_WEBSITE
                + " characters"));
        }
        if (strippedName == null && strippedCity == null && ownership == null && website == null
            && errors.isEmpty()) {
            errors.add(new FieldError("body", "names no field to correct: name, city, ownership or website"));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        return new InstitutionCorrection(strippedName, strippedCity, ownership, website);
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
