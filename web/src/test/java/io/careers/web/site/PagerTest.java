package io.careers.web.site;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

class PagerTest {
    @Test
    void linksAroundTheCurrentPage() {
        Pager pager = Pager.of(5, 12, n -> "/p" + n);

        assertEquals("/p4", pager.previous());
        assertEquals("/p6", pager.next());
        assertEquals(2, pager.links().get(0).number());
        assertEquals(8, pager.links().get(pager.links().size() - 1).number());
        assertEquals(5, pager.links().stream().filter(Pager.Link::current).findFirst().orElseThrow().number());
    }

    @Test
    void theEndsHaveNoPreviousOrNextAndOnePageHasNoPager() {
        assertNull(Pager.of(1, 3, n -> "/p" + n).previous());
        assertNull(Pager.of(3, 3, n -> "/p" + n).next());
        assertFalse(Pager.of(1, 1, n -> "/p" + n).shown());
        assertFalse(Pager.of(1, 0, n -> "/p" + n).shown());
    }

    @Test
    void pageNumbersFromAddresses() {
        assertEquals(2, Pager.number("2"));
        assertEquals(0, Pager.number("x"));
        assertEquals(0, Pager.number("-1"));
        assertEquals(0, Pager.number("99999999999"));
        assertEquals(0, Pager.number(""));
    }
}
