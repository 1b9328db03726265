package io.careers.schools.listing;

import io.careers.contracts.http.FieldError;
import io.careers.contracts.problem.DomainException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class InstitutionCorrectionsTest {

    @Test
    void aCorrectionIsStrippedAndKeepsWhatItDoesNotName() {
        InstitutionCorrection checked = InstitutionCorrections.check(
            new InstitutionCorrection("  College of DuPage ", null, "PUBLIC", "https://www.cod.edu"));
        assertEquals(new InstitutionCorrection("College of DuPage", null, "PUBLIC", "https://www.cod.edu"), checked);
    }

    @Test
    void eachBrokenFieldIsNamed() {
        DomainException refused = assertThrows(DomainException.class, () -> InstitutionCorrections.check(
            new InstitutionCorrection(" ", "x".repeat(101), "STATE", "javascript:alert(1)")));
        assertEquals(List.of("name", "city", "ownership", "website"),
            refused.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void aCorrectionOfNothingIsRefused() {
        DomainException refused = assertThrows(DomainException.class,
            () -> InstitutionCorrections.check(new InstitutionCorrection(null, null, null, null)));
        assertEquals("body", refused.errors().get(0).field());
    }
}
