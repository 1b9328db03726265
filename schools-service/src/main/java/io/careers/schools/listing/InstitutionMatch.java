package io.careers.schools.listing;

import io.careers.contracts.schools.Institution;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The key two partners' listings of one institution share: name and city folded to lowercase ASCII
 * letters and digits, and the state. "Mohawk Valley Community College, Utica, NY" and
 * "MOHAWK VALLEY COMMUNITY COLLEGE, utica, NY" are one institution.
 */
final class InstitutionMatch {
    private InstitutionMatch() {
    }

    static String key(Institution institution) {
        return fold(institution.name()) + "|" + fold(institution.city()) + "|" + institution.state();
    }

    private static String fold(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("[^a-z0-9]+", " ").strip();
    }
}
