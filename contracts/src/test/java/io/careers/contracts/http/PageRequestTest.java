package io.careers.contracts.http;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PageRequestTest {

    @Test
    void defaultsAndArithmetic() {
        List<FieldError> errors = new ArrayList<>();
        PageRequest first = PageRequest.check(null, null, 20, 100, "page", "size", errors);
        assertEquals(new PageRequest(1, 20), first);
        assertEquals(List.of(), errors);
        PageRequest third = PageRequest.check(3, 10, 20, 100, "page", "size", errors);
        assertEquals(20, third.offset());
        assertEquals(5, third.pagesOf(41));
        assertEquals(0, third.pagesOf(0));
    }

    @Test
    void eachBadParameterIsNamedWithItsOwnName() {
        List<FieldError> errors = new ArrayList<>();
        PageRequest.check(0, 51, 10, 50, "schoolsPage", "schoolsSize", errors);
        PageRequest.check(PageRequest.MAX_PAGE + 1, 0, 10, 50, "page", "size", errors);
        assertEquals(List.of(new FieldError("schoolsPage", "must be 1 to 10000; was 0"),
            new FieldError("schoolsSize", "must be 1 to 50; was 51"),
            new FieldError("page", "must be 1 to 10000; was 10001"),
            new FieldError("size", "must be 1 to 50; was 0")), errors);
    }
}
