package io.careers.schools.listing;

import io.careers.contracts.schools.Institution;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class InstitutionMatchTest {

    private static String key(String name, String city, String state) {
        return InstitutionMatch.key(new Institution(name, city, state, null, null));
    }

    @Test
    void caseAccentsPunctuationAndAmpersandsDoNotMakeAnotherInstitution() {
        String mvcc = key("Mohawk Valley Community College", "Utica", "NY");
        assertEquals(mvcc, key("MOHAWK VALLEY COMMUNITY COLLEGE", "utica", "NY"));
        assertEquals(mvcc, key("  Mohawk-Valley Community College. ", "Utica ", "NY"));
        assertEquals(key("Texas A and M University", "College Station", "TX"),
            key("Texas A&M University", "College Station", "TX"));
        assertEquals(key("Universite de Montreal", "Montreal", "NY"), key("Université de Montréal", "Montréal", "NY"));
    }

    @Test
    void anotherCityOrStateIsAnotherInstitution() {
        String utica = key("Mohawk Valley Community College", "Utica", "NY");
        assertNotEquals(utica, key("Mohawk Valley Community College", "Rome", "NY"));
        assertNotEquals(utica, key("Mohawk Valley Community College", "Utica", "PA"));
    }
}
