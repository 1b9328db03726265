package io.careers.salary.release;

import io.careers.contracts.salary.ReleaseCompletion;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What a completion record may not change about a release, and why it is refused. */
class CompletionRulesTest {
    private static final List<String> PARTS = List.of("national", "state");

    private static ReleaseRow release(ReleaseStatus status, String... partsReceived) {
        return new ReleaseRow("OEWS-2023-05", "2023-05", "OEWS", status == ReleaseStatus.PENDING ? null : 4L, 4,
            status, null, null, new String[] {"state", "national"}, partsReceived);
    }

    @Test
    void theFirstWordOfAReleaseIsAcceptedWhenItsPartIsAmongItsParts() {
        assertEquals(Optional.empty(), CompletionRules.problem(
            ReleaseCompletion.part("OEWS-2023-05", "2023-05", 2, "state", PARTS), null, Optional.empty()));
        assertEquals(Optional.of("part: 'metro' is not among the parts [national, state] the record names"),
            CompletionRules.problem(ReleaseCompletion.part("OEWS-2023-05", "2023-05", 2, "metro", PARTS), null,
                Optional.empty()));
    }

    @Test
    void aRepeatedPartIsAcceptedEvenAfterPromotionButANewCountIsNot() {
        ReleaseCompletion state = ReleaseCompletion.part("OEWS-2023-05", "2023-05", 2, "state", List.of("state", "national"));
        assertEquals(Optional.empty(), CompletionRules.problem(state, release(ReleaseStatus.CURRENT, "national", "state"),
            Optional.of(2L)), "the parts are the same set in another order");
        assertEquals(Optional.empty(), CompletionRules.problem(state, release(ReleaseStatus.PENDING, "national"),
            Optional.of(5L)), "a PENDING release may still correct a part's count");
        assertEquals(Optional.of("estimateCount: release OEWS-2023-05 is already CURRENT with 4 estimates; a completion "
                + "record cannot change the count of part 'state' to 2. Publish a new release instead"),
            CompletionRules.problem(state, release(ReleaseStatus.CURRENT, "national", "state"), Optional.of(3L)));
    }

    @Test
    void partsAndPeriodCannotChange() {
        assertEquals(Optional.of("parts: [all] disagrees with [national, state], the parts an earlier completion record "
                + "of release OEWS-2023-05 named"),
            CompletionRules.problem(ReleaseCompletion.whole("OEWS-2023-05", "2023-05", 4),
                release(ReleaseStatus.PENDING, "national"), Optional.empty()));
        assertEquals(Optional.of("referencePeriod: 2024-05 disagrees with 2023-05, the period of the estimates already "
                + "received for release OEWS-2023-05"),
            CompletionRules.problem(ReleaseCompletion.part("OEWS-2023-05", "2024-05", 2, "state", PARTS),
                release(ReleaseStatus.PENDING), Optional.empty()));
    }
}
