package io.careers.salary.release;

import io.careers.contracts.Topics;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Which release a rejected record's key names. */
class ReleaseRejectionsTest {
    @Test
    void theReleaseIsTheKeyOfACompletionAndTheKeyBeforeAreaAndOccupationOfAnEstimate() {
        assertEquals("OEWS-2023-05", ReleaseRejections.releaseOf(Topics.RELEASES, "OEWS-2023-05"));
        assertEquals("OEWS-2023-05", ReleaseRejections.releaseOf(Topics.WAGE_ESTIMATES, "OEWS-2023-05:0000000:29-2071"));
        assertEquals("A:B", ReleaseRejections.releaseOf(Topics.WAGE_ESTIMATES, "A:B:0000000:29-2071"), "a release id with a colon");
        assertNull(ReleaseRejections.releaseOf(Topics.WAGE_ESTIMATES, "29-2071"));
        assertNull(ReleaseRejections.releaseOf(Topics.WAGE_ESTIMATES, null));
        assertNull(ReleaseRejections.releaseOf(Topics.EMPLOYMENT_PROJECTIONS, "2012-2022:29-2071"));
    }
}
