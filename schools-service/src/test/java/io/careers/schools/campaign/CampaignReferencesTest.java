package io.careers.schools.campaign;

import io.careers.contracts.http.FieldError;
import io.careers.contracts.schools.CampaignReference;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CampaignReferencesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    private static final Campaign SPRING = new Campaign("spring", "mvcc", 10, LocalDate.of(2026, 1, 1),
        LocalDate.of(2026, 12, 31), Disclosure.SPONSORED, "admin", null, "admin", null);

    @Test
    void aListingMayNameItsCampaignAloneOrRepeatItsTerms() {
        assertEquals(List.of(), CampaignReferences.check(CampaignReference.to("spring"), SPRING, TODAY, ""));
        assertEquals(List.of(), CampaignReferences.check(new CampaignReference("spring", 10, LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 12, 31), "Sponsored"), SPRING, TODAY, ""));
        assertEquals(List.of(), CampaignReferences.check(CampaignReference.to("spring"), SPRING, LocalDate.of(2026, 12, 31), ""),
            "its last day");
        assertEquals(List.of(), CampaignReferences.check(CampaignReference.to("spring"), SPRING, LocalDate.of(2025, 12, 1), ""),
            "a campaign that has not begun yet may be named: it ranks from its first day");
    }

    @Test
    void theCampaignNotThePartnerSetsEveryTerm() {
        List<FieldError> errors = CampaignReferences.check(new CampaignReference("spring", 1000, LocalDate.of(2020, 1, 1),
            LocalDate.of(2099, 12, 31), "Editor's pick"), SPRING, TODAY, "[2].");
        assertEquals(List.of("[2].sponsorship.priority", "[2].sponsorship.activeFrom", "[2].sponsorship.activeTo",
            "[2].sponsorship.disclosure"), errors.stream().map(FieldError::field).toList());
        assertEquals("is set by campaign 'spring' (Sponsored), not by the listing: leave it out", errors.get(3).message());
    }

    @Test
    void noCampaignOfThePartnerOrOneThatEndedIsRefused() {
        assertEquals(List.of(new FieldError("sponsorship.campaignId", "you have no campaign 'other': an admin grants campaigns; "
            + "GET /api/v1/partner/campaigns lists yours")), CampaignReferences.check(CampaignReference.to("other"), null, TODAY, ""));
        assertEquals(List.of(new FieldError("sponsorship.campaignId", "campaign 'spring' ended on 2026-12-31: leave sponsorship out, "
            + "or name a campaign that runs")), CampaignReferences.check(CampaignReference.to("spring"), SPRING, LocalDate.of(2027, 1, 1), ""));
    }
}
