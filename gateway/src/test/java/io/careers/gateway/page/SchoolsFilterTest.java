package io.careers.gateway.page;

import io.careers.contracts.http.FieldError;
import io.careers.contracts.http.ProblemException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SchoolsFilterTest {
    @Test
    void filtersAreCheckedAgainstSchoolsServicesOwnValues() {
        SchoolsFilter filter = SchoolsFilter.of(new SchoolsFilterParameters("NY", "POSTBACCALAUREATE_CERTIFICATE", "HYBRID",
            " Mohawk  Valley "), 2, 20, "page", "size");
        assertEquals(new SchoolsFilter("NY", "POSTBACCALAUREATE_CERTIFICATE", "HYBRID", "mohawk valley", 2, 20), filter, "the words as understood: folded and trimmed");
    }

    @Test
    void eachBadParameterIsNamedUnderTheNameItWasAskedBy() {
        ProblemException problem = assertThrows(ProblemException.class, () -> SchoolsFilter.of(
            new SchoolsFilterParameters("Narnia", "PHD", "BY_POST", null), 0, 51, "schoolsPage", "schoolsSize"));
        List<String> fields = problem.errors().stream().map(FieldError::field).sorted().toList();
        assertEquals(List.of("credential", "delivery", "schoolsPage", "schoolsSize", "state"), fields);
        String credential = problem.errors().stream().filter(e -> e.field().equals("credential")).findFirst().orElseThrow().message();
        assertTrue(credential.contains("ASSOCIATE") && credential.contains("GRADUATE_CERTIFICATE"), credential);
    }
}
