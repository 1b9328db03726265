package io.careers.schools.listing;

import io.careers.contracts.http.FieldError;
import io.careers.contracts.problem.DomainException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** An admin's institution correction: stripped, checked field by field, never empty. */
class InstitutionCorrectionTest {

    @Test
    void aCorrectionIsStrippedAndKeepsWhatItDoesNotName() {
        InstitutionCorrection checked =
            new InstitutionCorrection("  College of DuPage ", null, "PUBLIC", "https://www.cod.edu").checked();
        assertEquals(new InstitutionCorrection("College of DuPage", null, "PUBLIC", "https://www.cod.edu"), checked);
    }

    @Test
    void eachBrokenFieldIsNamed() {
        DomainException refused = assertThrows(DomainException.class,
            () -> new InstitutionCorrection(" ", "x".repeat(101), "STATE", "javascript:alert(1)").checked());
        assertEquals(List.of("name", "city", "ownership", "website"),
            refused.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void aCorrectionOfNothingIsRefused() {
        DomainException refused = assertThrows(DomainException.class,
            () -> new InstitutionCorrection(null, null, null, null).checked());
        assertEquals("body", refused.errors().get(0).field());
    }
}
